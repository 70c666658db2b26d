"""An uncaught UnboundLocalError: assigning a global's name makes it local to the function."""
total = 0
def add(n):
    total = total + n
    return total

print(add(5))
