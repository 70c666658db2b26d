"""f-strings: expressions, conversions, nesting, self-documenting = and braces."""
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{age + 1} {age * 2} {len(items)} {items[-1]} {items}")
print(f"{name.upper()} {name.lower()[::-1]}")
print(f"{{literal braces}} {{{age}}}")
print(f"{age=} {name=!r} {1 + 2 = }")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'yes' if age > 18 else 'no'}")
width = 10
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
print(f"{3.14159:.{2}f}")
print(f"""multi
line {name}""")
print(f"{f'{name}'}", f"{None} {True} {1.0}")
x = 255
print(f"{x:x} {x:X} {x:#x} {x:o} {x:b} {x:08b}")
