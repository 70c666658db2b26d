import operator
from collections import UserDict
from typing import Deque, DefaultDict, Counter as TCounter
x = [1]
print(operator.iadd(x, [2]), x, operator.ior(1, 2), operator.call(len, 'ab'), operator.length_hint([1, 2, 3]))
class Cfg(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
c = Cfg({'a': 1})
c['b'] = 2
print(c, c.data, isinstance(c, dict), len(c))
print(c.get('a'), c.pop('a'), c, 'b' in c, list(c.items()), c == {'b': '2'})
def f(q: Deque[int], d: DefaultDict[str, int]) -> TCounter[str]:
    return None
print(f.__annotations__['q'], Deque[int])
