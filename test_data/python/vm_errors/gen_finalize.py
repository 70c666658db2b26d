"""Generators closed when their last reference goes: finally blocks run at break, del, rebinding and exit."""
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    break
print("after")
it = g()
next(it)
del it
print("end")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
k = h(); next(k); k = None
print("done")
def tail():
    try:
        yield 1
    finally:
        print("closed at exit")
left = tail()
next(left)
print("last line")
