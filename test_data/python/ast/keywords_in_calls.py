f(a=1, b=lambda: 2, c=[x for x in y])
f(**{'a': 1})
