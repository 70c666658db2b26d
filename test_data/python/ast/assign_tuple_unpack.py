a, b = 1, 2
(c, d), [e, f] = x
*g, h = range(3)
