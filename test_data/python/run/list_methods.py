"""The methods of list: append, extend, insert, remove, pop, index, count, reverse, clear, copy."""
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.insert(0, 2)
xs.insert(100, 6)
xs.insert(-1, 7)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(1), xs.count(1), xs.count(42))
xs.reverse()
print(xs)
ys = xs.copy()
ys.append(0)
print(xs, ys, len(ys))
xs.clear()
print(xs, bool(xs))
zs = [1, 2] + [3] * 2
zs += (4, 5)
zs *= 2
print(zs)
try:
    zs.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2, 3].index(3, 1), list(range(3)) == [0, 1, 2])
