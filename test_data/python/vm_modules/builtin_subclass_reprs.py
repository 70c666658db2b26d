class L(list): pass
class D(dict): pass
class S(str): pass
class I(int): pass
class R(list):
    def __repr__(self): return 'R!'
class T(tuple): pass
print(L([1, 2]), D(a=1), S('hi'), I(5), R([1]), T((1,)), repr(S('x')), str(R()), [L([3])], f'{S("f")}', str(I(7)))
from collections import defaultdict, Counter
print(defaultdict(int, a=1), Counter('aab'))
