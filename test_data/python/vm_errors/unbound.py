"""UnboundLocalError for a local read before assignment."""
x = 1
def f():
    print(x)
    x = 2
f()
