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
inf = float("inf")
for a, b in [(2.0, 0.5), (2, 0.5), (2.0, 3), (9.0, -1.5), (0.5, 2000.0), (1.0, nan), (inf, 0.5),
             (nan, 2.0), (1.5, inf), (0.0, 2.0), (-8.0, 3.0), (-8.0, 2), (7.0, 0.0), (1e308, 2.0),
             (0.0, -1.0), (10.0, 400)]:
    try:
        print(a, "**", b, "=", a ** b)
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(a, "**", b, "->", type(e).__name__, e)
y = 3.0
y **= 0.5
print(y)
