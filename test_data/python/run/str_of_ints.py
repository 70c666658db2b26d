"""str() and f-strings of ints take a fast path: its text must be int.__repr__'s everywhere."""
import sys

edges = [0, 1, -1, 9, 10, -10, 99, 100, 12345, -12345, 2**31, -2**31, 2**63 - 1, -2**63,
         2**63, -2**63 - 1, 10**30, -10**30, True, False]
for n in edges:
    print(str(n), f"{n}", f"{n!s}", f"{n!r}", f"<{n:>8}>" if abs(n) < 10**9 else "big")

# str(s) of an exact str is the same object; f"{s}" too.
s = "".join(["ab", "cd"])
print(str(s) is s, f"{s}" is s)


class Sub(int):
    def __str__(self):
        return "sub!"


class S(str):
    pass


print(str(Sub(5)), f"{Sub(5)}", str(S("x")), type(str(S("x"))).__name__)
total = 0
for i in range(-500, 500):
    total += len(str(i)) + len(f"{i}")
print(total)
print(sys.getrefcount(s) >= 2)


class F(float):
    def __str__(self):
        return "f!"


print(f"{F(1.5)}", f"{F(1.5):.2f}", format(Sub(7)), format(Sub(7), "d"))
