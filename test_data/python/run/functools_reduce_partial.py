"""functools.reduce and functools.partial."""
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, c: c + acc, "abc", ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.keywords, two_to.args)
int_base2 = partial(int, base=2)
print(int_base2("1010"), int_base2("111"))
printer = partial(print, sep="|")
printer("a", "b", "c")
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, len)("  hello  "))
