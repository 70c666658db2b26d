"""Function metadata: __name__, __qualname__, __doc__, __module__, __defaults__, code attributes."""
def outer(a, b=1, *args, c, **kw):
    """Outer docstring."""
    x = a + b
    def inner():
        return x
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
inner = outer(1, c=2)
print(inner.__qualname__, inner.__doc__, inner(), inner.__closure__ is not None)
print(inner.__code__.co_freevars, outer.__code__.co_cellvars)
print((lambda: 0).__name__, __name__)
class C:
    def method(self):
        "Method doc."
    @staticmethod
    def s():
        pass
print(C.method.__qualname__, C.method.__doc__, C.s.__qualname__, C.__name__, C.__qualname__)
print(__doc__)
