"""An exception inside a list comprehension: the traceback shows the <listcomp> frame."""
values = [4, 2, 0, 1]
inverses = [1 / v for v in values]
print(inverses)
