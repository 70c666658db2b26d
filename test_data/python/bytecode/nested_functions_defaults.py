def make(n):
    def add(x, n=n):
        return x + n
    def mul(x, *, k=n * 2):
        return x * k
    return add, mul

a, m = make(3)
print(a(1), m(2))
