"""An exception deep in a call stack: one traceback entry per frame."""
def level_one(data):
    return level_two(data) + 1

def level_two(data):
    return level_three(data) * 2

def level_three(data):
    return data["values"][3]

def main():
    data = {"values": [1, 2, 3]}
    print(level_one(data))

main()
