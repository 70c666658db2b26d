total = sum(x * x for x in range(10))
any(c.isdigit() for c in s)
