from functools import reduce, partial
import operator
for call in [lambda: reduce(operator.add, [1, 2], initial=0), lambda: reduce(operator.add), lambda: reduce(1, 2, 3, 4), lambda: partial(), lambda: reduce(operator.add, [1, 2], 10)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
