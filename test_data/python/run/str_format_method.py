"""str.format: positional, keyword, indexed, attribute and nested fields."""
print("{} and {}".format("spam", "eggs"))
print("{1} and {0} and {1}".format("spam", "eggs"))
print("{name} is {age}".format(name="Al", age=3))
print("{0[0]} {0[1]} {1[key]}".format(["a", "b"], {"key": "val"}))
class P:
    x = 1
    y = 2
print("({0.x}, {0.y})".format(P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {!r} {!s}".format(3.14159, 1234567, 255, "r", "s"))
print("{{}} {}".format("escaped"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
data = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for row in data:
    print("{:<8}{:>4}{:>8.2f}".format(*row))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
print(format(3.5, "^9.2f"), "{0:b}".format(10))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
