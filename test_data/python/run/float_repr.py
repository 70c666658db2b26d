"""The shortest repr of floats, and how str() and print show them."""
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-4, 1e-5,
          3.141592653589793, 2.5e-10, 1.7976931348623157e308, 5e-324, 100.0, 1 / 3,
          2 / 3, 10 / 4, 1e22, 1e23, 0.30000000000000004, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(float("1.5"), float("-inf"), float("  42  "), float("1e3"))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(2.0 ** 0.5, 10 ** -2, 2 ** 0.5 * 2 ** 0.5)
print([x / 10 for x in range(10)])
print(float(10 ** 20), float(2 ** 53 + 1))
print(sum([0.1] * 10), 0.1 * 3)
print((1.5).is_integer(), (2.0).is_integer())
print((0.5).as_integer_ratio(), (-2.75).as_integer_ratio())
