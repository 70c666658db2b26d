def deco(f):
    return f

def with_args(n):
    def wrap(f):
        return f
    return wrap

@deco
def a():
    pass

@with_args(3)
@deco
def b(x):
    return x

@deco
class C:
    @with_args(1)
    def m(self):
        pass
