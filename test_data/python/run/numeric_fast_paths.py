"""Comparisons and arithmetic on small ints and floats, NaN and signed zero included: the paths that read the operands in place."""
nan = float("nan")
for a, b in [(1.0, 2.0), (2.0, 2.0), (nan, 1.0), (nan, nan), (-0.0, 0.0), (3, 3), (3, 4), (2**62, 2**62)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
x = 2**62
print(x + x, x * 2, -x - x - x, 7 / 2, 7.0 / 0.5, 1 - 0.5)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print(e)
