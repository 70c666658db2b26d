"""Assorted builtins: len, type, repr, hash, callable, id-free identity checks, dir, vars."""
print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(set("aab")))
print(repr(1), repr("1"), repr([1, "1"]), repr(None), repr(1.5))
print(hash(1), hash(-1), hash(0), hash(10 ** 20), hash((1, 2)) == hash((1, 2)))
print(callable(len), callable(1), callable(int), callable(lambda: 0))
class K:
    a = 1
    def m(self):
        pass
print([n for n in dir(K) if not n.startswith("_")])
k = K()
k.b = 2
print(vars(k), "b" in dir(k))
print(abs(-3), round(2.567, 1), divmod(9, 4), pow(2, 5))
print(ord("A"), chr(97), bin(5), hex(255), oct(8))
print(list(range(3)), tuple(), list(), dict(), set(), str(), int(), float(), bool())
print(isinstance([], list), type([]).__name__, type(type).__name__)
print(min(3, 1, 2), max("abc"), sum([1, 2, 3]), sorted("cba"))
print(all([]), any([]), all([1, 0]), any([0, 0, 1]))
print(format(0.5, ".0%"), format(42, "b"), ascii("ñ"))
