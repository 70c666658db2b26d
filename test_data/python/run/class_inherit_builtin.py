"""Subclassing list and dict and overriding some methods."""
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
s.extend([3])
print(s, s.peek(), s.pop(), len(s), isinstance(s, list), type(s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = DefaultDict()
d["a"] += 5
print(d["a"], d["b"], d, d.get("c"))
class LoudList(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
l = LoudList([1])
l.append(2)
print(l, l + [3], type(l + [3]).__name__)
class Named(tuple):
    @property
    def first(self):
        return self[0]
print(Named((9, 8)).first, Named("ab"))
