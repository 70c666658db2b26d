"""slice objects: explicit slices, indices() and custom __getitem__ receiving slices."""
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(list(range(20))[s], "abcdefghijkl"[s])
print(slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1], sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None])
xs = [0, 1, 2, 3, 4, 5]
xs[slice(0, 2)] = ["a"]
print(xs)
print(slice(1, 2) == slice(1, 2), repr(slice(None)))
