def f():
    try:
        print("body")
    finally:
        print("cleanup")

def g(x):
    try:
        if x:
            return 1
    finally:
        print("finally")
    return 2

f(); g(0)
