(a) + b
((a)).b
(a)(b)
(a)[b]
(yield)
x = (1)
f((a))
