import operator
from operator import itemgetter, attrgetter, methodcaller, add, mul
from functools import reduce
print(reduce(add, [1, 2, 3]), reduce(mul, range(1, 6)), operator.sub(5, 3), operator.neg(4), operator.truediv(7, 2))
print(sorted([('a', 3), ('b', 1), ('c', 2)], key=itemgetter(1)), itemgetter(1, 0)(['x', 'y']), itemgetter(2))
class P:
    def __init__(self, n):
        self.n = n
        self.inner = self
print(attrgetter('n')(P(4)), attrgetter('inner.n', 'n')(P(5)), attrgetter('n'), methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1))
print(operator.eq(1, 1), operator.contains([1], 1), operator.getitem({'a': 1}, 'a'), operator.not_(0), operator.countOf([1, 2, 1], 1))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.and_(6, 3), operator.or_(4, 1), operator.abs(-3))
