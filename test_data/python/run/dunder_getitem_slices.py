"""__getitem__ receiving ints and slices; a sequence class built on it."""
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        if not -len(self) <= key < len(self):
            raise IndexError("Seq index out of range")
        return self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], len(s[2:]))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(list(s), "c" in s, list(reversed(s)))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]
    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)
