"""A container class with __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__."""
class Bag:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, index):
        return self._items[index]
    def __setitem__(self, index, value):
        self._items[index] = value
    def __delitem__(self, index):
        del self._items[index]
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return item in self._items
    def __iter__(self):
        return iter(self._items)
    def __repr__(self):
        return f"Bag{tuple(self._items)}"
b = Bag(3, 1, 2)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 in b)
b[0] = 30
del b[1]
print(b, list(b), sorted(b), [x * 2 for x in b], sum(b))
a, c = b
print(a, c, bool(b), bool(Bag()))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), 25 in OldStyle())
for v in OldStyle():
    print(v, end=" ")
print()
