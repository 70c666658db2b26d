a = [*x, *y]
b = (*x, 1)
c = {*x}
d = *x, *y
