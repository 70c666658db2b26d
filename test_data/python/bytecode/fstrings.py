name = "world"
value = 3.14159
print(f"hello {name}!")
print(f"{value:.2f} {value!r} {name!s:>10} {value!a}")
print(f"{name=}")
print(f"{{literal}} {name}{name}")
width = 8
print(f"{value:{width}.{2}}")
