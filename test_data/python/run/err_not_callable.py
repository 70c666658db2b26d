"""An uncaught TypeError calling a str after shadowing a builtin name."""
str = "shadowed"
number = 42
print(str(number))
