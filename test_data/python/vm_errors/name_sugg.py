"""NameError with a Did you mean suggestion for a global and a builtin."""
counter = 0
def f():
    return countr + 1
try:
    f()
except NameError as e:
    print("caught", e)
print(lenn([1]))
