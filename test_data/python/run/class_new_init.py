"""__new__ and __init__: construction order, singletons and immutable subclasses."""
class Tracker:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        print("__init__", value)
        self.value = value
t = Tracker(5)
print(t.value)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 1
        else:
            cls._instance.created += 1
        return cls._instance
a, b = Singleton(), Singleton()
print(a is b, a.created)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, len(u), isinstance(u, str), u + "!", type(u).__name__)
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8) + 1, type(Even(3)).__name__)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInit())
