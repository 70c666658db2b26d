f()
f(1, 2)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(x for x in y)
f(a)(b)(c)
obj.method(1).other[2]
