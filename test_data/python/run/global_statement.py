"""global rebinds module-level names from inside functions."""
counter = 0
def increment():
    global counter
    counter += 1
def read_only():
    return counter * 10
for _ in range(3):
    increment()
print(counter, read_only())
def create():
    global created
    created = "made inside function"
create()
print(created)
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
x = "module"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
    inner()
    return x
print(outer(), x)
print("counter" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:4])
