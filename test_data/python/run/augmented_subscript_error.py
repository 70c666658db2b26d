"""An uncaught error in `x[i] op= v`, after the item was read: the traceback points at the operation."""
def bump(values, i, by):
    values[i] += by
    return values

print(bump([1, 2, 3], -1, 10))
print(bump({"k": 1.5}, "k", 2))
bump([1, 2, 3], 0, None)
