"""Chained comparisons evaluate each operand once and short-circuit."""
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, 1 < 2 > 1 < 3)
print(3 > 2 > 1, 1 == 1 != 2, "a" < "b" < "c", [1] < [2] < [3])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
n1 = 1
print(1 < 2 in [2], n1 is not None is not False, 2 in [1, 2] in [[1, 2]])
a = b = [1]
print(a is b is not None, a == b == [1])
def between(lo, n, hi):
    return lo <= n < hi
print([between(0, n, 3) for n in range(-1, 5)])
