"""An uncaught ZeroDivisionError computing an average of an empty list."""
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([]))
