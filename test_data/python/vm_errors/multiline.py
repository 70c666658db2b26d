"""A call spanning several lines: 3.11 shows only the first line."""
def f(a, b):
    return a + b
result = f(
    1,
    "two",
)
