"""Closures capture variables of enclosing functions."""
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    msg = "captured"
    def middle():
        def inner():
            return msg.upper()
        return inner
    return middle()()
print(outer())
def prefixer(prefix):
    return lambda s: prefix + s
p = prefixer(">> ")
print(p("hello"), p("world"))
print(double.__closure__[0].cell_contents, len(triple.__closure__))
def later():
    def get():
        return value
    value = "assigned after def"
    return get
print(later()())
