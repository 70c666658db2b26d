#!/usr/bin/env python3
"""Writes the module tests of the Python VM (crates/python-vm/tests/modules.rs) with CPython
3.11 as the oracle.

Every program below becomes test_data/python/vm_modules/NAME.py, and what ``python3 NAME.py``
prints there (PYTHONHASHSEED=0, run inside that directory) becomes NAME.out (stdout) and,
when the program writes to stderr, NAME.err. The programs exercise functools, collections,
itertools, operator, copy, string, heapq, bisect, dataclasses, abc, collections.abc, typing,
enum, pprint, math and sys.

Usage: python3 scripts/python_vm_modules_gen.py [--check]   (--check only reports stale files)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test_data", "python", "vm_modules")

PROGRAMS = {}


def program(name, source):
    PROGRAMS[name] = source.lstrip("\n")


program("functools_reduce", """
from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(max, [3, 9, 2]), functools.reduce(lambda s, x: s + [x], 'abc', []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(e)
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
""")

program("functools_reduce_uncaught", """
from functools import reduce
print(reduce(lambda a, b: a - b, [10, 1, 2]))
reduce(lambda a, b: a, [])
""")

program("functools_partial", """
from functools import partial
def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1, c=5)
print(p(2), p.args, p.keywords, p.func is f, type(p).__name__, type(p))
print(repr(partial(len, 'abc')), partial(len, 'abc')())
q = partial(p, 7)
print(q(), q.args, q.func is f)
base2 = partial(int, base=2)
print(base2('1011'), repr(base2))
try:
    partial(3)
except TypeError as e:
    print(e)
print(callable(p), [partial(pow, 2)(i) for i in range(5)])
""")

program("functools_lru_cache", """
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info(), sq.__name__)
@lru_cache(maxsize=2)
def h(x):
    print('computing', x)
    return -x
for i in [1, 2, 1, 3, 2, 1]:
    h(i)
print(h.cache_info())
@cache
def c(x):
    return x
c(1); c(1)
info = c.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info)
print(c.__wrapped__(5), c.cache_parameters())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
try:
    c([1])
except TypeError as e:
    print(e)
""")

program("functools_wraps", """
from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "says hi"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3), hello.__qualname__)
def plain(*a):
    return a
def target():
    "target doc"
target.extra = 42
w = update_wrapper(plain, target)
print(w is plain, plain.__name__, plain.__doc__, plain.extra, plain.__wrapped__ is target)
def timer(fn):
    @wraps(fn)
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper
@timer
def add(a, b):
    return a + b
print(add(1, 2), add.__name__)
""")

program("functools_ordering", """
from functools import cmp_to_key, total_ordering
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'V({self.v})'
print(V(1) < V(2), V(1) >= V(2), V(3) > V(2), V(2) <= V(2), max(V(1), V(5), V(3)))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(1))
try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print(e)
""")

program("collections_defaultdict", """
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, isinstance(d, dict), type(d).__name__, len(d), d['a'])
print(dict(d), sorted(d), 'c' in d, d.get('c'))
di = defaultdict(int)
for w in 'the cat the dog the end'.split():
    di[w] += 1
print(di, di.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(None, {1: 2}), defaultdict(set), defaultdict(lambda: 'x', a=1)['zz'])
g = defaultdict(lambda: defaultdict(int))
g['x']['y'] += 2
print(g['x']['y'], list(g), dict(g['x']))
try:
    defaultdict(3)
except TypeError as e:
    print(e)
c = d.copy()
c['z'].append(0)
print(type(c).__name__, sorted(c), sorted(d))
""")

program("collections_counter", """
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total())
print(Counter([3, 1, 3, 2, 1, 3]).most_common())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.update('zzz')
c.subtract({'a': 10})
print(c)
print(sorted(Counter('hello').elements()), Counter(), +Counter(a=-1, b=2), -Counter(a=-1))
print(Counter('ab') == Counter('ba'), isinstance(c, dict), type(c).__name__)
words = 'the quick the lazy the dog quick'.split()
print(Counter(words).most_common(1), len(Counter(words)), Counter(words)['the'])
d = Counter({'x': 3, 'y': 1})
d['y'] += 4
del d['nope']
print(d, list(d.items()), d.most_common(0))
""")

program("collections_ordereddict", """
from collections import OrderedDict
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict(a=1) == {'a': 1})
o2 = OrderedDict.fromkeys('abc', 0) if hasattr(OrderedDict, 'fromkeys') else None
print(isinstance(od, dict), type(od).__name__, len(od))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
""")

program("collections_deque", """
from collections import deque
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q, len(q), q[0], q[-1])
print(q.pop(), q.popleft(), q)
q.rotate(1); print(q)
q.rotate(-2); print(q)
q.extend([7, 8]); q.extendleft([9, 10])
print(q, list(reversed(q)))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(0); print(b)
e = deque()
try:
    e.pop()
except IndexError as ex:
    print(ex)
try:
    e.popleft()
except IndexError as ex:
    print(ex)
try:
    e[0]
except IndexError as ex:
    print(ex)
print(deque('abc') == deque('abc'), 2 in q, bool(e), deque(), q.count(7), q.index(7))
q[0] = 'first'
print(q, type(q).__name__)
bfs = deque([0])
seen = [0]
graph = {0: [1, 2], 1: [3], 2: [3], 3: []}
while bfs:
    node = bfs.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            bfs.append(nxt)
print(seen)
""")

program("collections_namedtuple", """
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p == (1, 2), Point._fields, p._asdict())
print(p._replace(x=5), Point._make([3, 4]), type(p).__name__, Point)
x, y = p
print(x + y, len(p), isinstance(p, tuple))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3(a=4, c=1), P3._field_defaults)
try:
    Point(1)
except TypeError as ex:
    print(ex)
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    Point(1, z=3)
except TypeError as ex:
    print(ex)
try:
    namedtuple('Bad', 'a a')
except ValueError as ex:
    print(ex)
try:
    namedtuple('Bad', 'a _b')
except ValueError as ex:
    print(ex)
print(sorted([Point(2, 1), Point(1, 5)]), hash(p) == hash((1, 2)), {p: 1}[(1, 2)])
Car = namedtuple('Car', 'make, year')
cars = [Car('vw', 1999), Car('fiat', 1980)]
for make, year in sorted(cars, key=lambda c: c.year):
    print(make, year)
print(namedtuple('R', 'a def', rename=True)._fields)
try:
    p.z = 5
except AttributeError as ex:
    print(ex)
try:
    p.x = 5
except AttributeError as ex:
    print(ex)
""")

program("itertools_infinite", """
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), count(5), count(1.5, 0.5))
c = count(3)
next(c)
print(c, next(c))
print(list(repeat('a', 3)), repeat('a', 3), repeat(7), list(map(pow, range(3), repeat(2))))
print(list(islice(cycle('AB'), 5)))
print(list(islice('ABCDEFG', 2, None)), list(islice(range(10), 1, 8, 3)), list(islice('abc', 0)))
print(list(zip(count(1), 'abc')), dict(zip('ab', repeat(0))))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
for i in count():
    if i > 3:
        break
    print(i, end=' ')
print()
""")

program("itertools_combinatorics", """
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), len(list(product('abc', repeat=3))))
print(list(permutations('abc', 2)), list(permutations(range(3))))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
try:
    combinations('abc', -1)
except ValueError as e:
    print(e)
print(next(permutations([1, 2])), sum(1 for _ in permutations(range(5))), list(product()))
""")

program("itertools_misc", """
from itertools import (chain, accumulate, groupby, zip_longest, takewhile, dropwhile,
                       starmap, filterfalse, pairwise, compress, tee)
import itertools
import operator
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'cranberry']), key=lambda s: s[0]):
    print(k, list(g))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(pairwise('ABCD')), list(pairwise([1])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(type(chain()).__name__, type(itertools.count()), isinstance(itertools.count(), itertools.count))
print(list(accumulate([3, 1, 4, 1, 5], max)))
""")

program("operator_basics", """
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
""")

program("copy_string", """
import string, copy
from collections import defaultdict, deque, Counter
print(string.ascii_lowercase, string.digits, string.punctuation, string.ascii_letters[:30], string.hexdigits)
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class Q:
    def __init__(self):
        self.items = [1]
q = Q()
q2 = copy.deepcopy(q)
q3 = copy.copy(q)
q.items.append(2)
print(q2.items, q3.items, type(q2).__name__)
dd = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
dd['a'].append(2)
print(dd2, copy.copy(deque([1, 2])), copy.deepcopy(Counter('aab')))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc)
""")

program("math_basics", """
import math
print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.ceil(3.2), math.floor(-3.5), math.ceil(-3.5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.factorial(10), math.gcd(12, 18), math.gcd(), math.isqrt(99), math.comb(5, 2), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0))
print(math.fabs(-2), math.trunc(-3.9), math.hypot(3, 4), math.copysign(3, -0.0), math.fmod(7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(1e20), math.ceil(-1e20), math.log(2 ** 1000), math.log(10 ** 50, 10), math.log2(2 ** 100))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.degrees(math.pi), math.radians(180), math.modf(3.5))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.pow(2, 10), math.pow(2, 0.5))
def check(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
check(math.sqrt, -1)
check(math.log, 0)
check(math.log, -1)
check(math.acos, 2)
check(math.factorial, -1)
check(math.floor, math.inf)
check(math.floor, math.nan)
check(math.factorial, 2.5)
check(math.isqrt, -1)
check(math.sqrt, 'x')
check(math.pow, 0, -1)
check(math.fmod, 1, 0)
check(math.exp, 1000)
check(math.lcm, 4, 6)
check(math.dist, (0, 0), (3, 4))
check(math.ulp, 1.0)
check(math.log1p, 0.5)
check(math.expm1, 1e-10)
check(math.remainder, 10, 3)
check(math.ldexp, 1.5, 3)
check(math.frexp, 12.0)
check(math.cosh, 1)
check(math.sinh, 1)
check(math.tanh, 1)
check(math.asinh, 1)
check(math.acosh, 1)
check(math.atanh, 0.5)
check(math.erf, 1)
check(math.gamma, 5)
check(math.lgamma, 5)
check(math.nextafter, 1.0, 2.0)
check(math.isfinite, math.inf)
check(math.gamma, 0.5)
check(math.lgamma, -2.5)
check(math.gamma, 0)
check(math.gamma, 200)
check(math.frexp, 0.0)
check(math.ldexp, 1.0, 2000)
check(math.remainder, 7, 2)
check(math.log, 10 ** 400)
check(math.log, 2 ** 2000, 2)
check(math.sqrt, 10 ** 400)
""")

program("sys_basics", """
import sys
print(sys.maxsize, sys.byteorder, sys.platform, sys.version_info[:2], sys.version_info.major)
print(sys.getrecursionlimit(), type(sys.argv), sys.argv[0])
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write('written\\n')
print('float max', sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print('modules' , 'sys' in sys.modules, sys.maxunicode, sys.implementation.name == 'cpython' or True)
sys.exit(3)
""")

program("dataclasses_basics", """
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(1, 3), asdict(p), astuple(p), replace(p, y=9))
print([f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__doc__)
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = 'S'
cards = [Card(3, 'H'), Card(1), Card(3, 'C')]
print(sorted(cards), Card(1) < Card(2), hash(Card(1)) == hash(Card(1)), {Card(1): 'x'}[Card(1)])
try:
    cards[0].rank = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def total(self):
        return len(self.items) + self.count
i = Inv('a'); i.items.append(3); j = Inv('b')
print(i, j, i.total(), j.items)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4), Post.__hash__ is None)
@dataclass
class Child(Point):
    z: int = 7
print(Child(1, 2, 3), Child(1))
@dataclass
class Nested:
    p: Point
    tags: list = field(default_factory=list)
print(asdict(Nested(Point(1, 2), ['t'])))
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
""")

program("heapq_bisect", """
import heapq, bisect
from collections import namedtuple
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [(2, 'b'), (1, 'z'), (1, 'a')]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), [heapq.heappop(data) for _ in range(len(data))])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
pq = []
heapq.heappush(pq, (2, 'write'))
heapq.heappush(pq, (1, 'read'))
heapq.heappush(pq, (3, 'exec'))
while pq:
    print(heapq.heappop(pq))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left([('a', 1), ('c', 3)], 'b', key=lambda t: t[0]))
P = namedtuple('P', 'a b', defaults=[1])
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
""")

program("collections_uncaught", """
from collections import deque, namedtuple
P = namedtuple('P', 'x y')
print(P(1, 2))
d = deque()
d.popleft()
""")

program("itertools_uncaught", """
import itertools
print(list(itertools.islice(itertools.count(), 3)))
itertools.combinations('abc', -2)
""")

program("functools_lru_deep", """
import functools
import sys
@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(60, 60), ways.cache_info().currsize > 0)
@functools.cache
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 2000), key=collatz))
""")

program("modules_import_forms", """
import collections, functools as ft, itertools as it
from math import sqrt as root, pi

print(type(collections).__name__, collections.__name__, ft.__name__, it.__name__)
print(root(2), pi)
from sys import maxsize
print(maxsize)
try:
    import not_a_module_at_all
except ModuleNotFoundError as e:
    print(e)
""")

program("abc_basics", """
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), type(Shape).__name__)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Half.__abstractmethods__)
class Animal(metaclass=ABCMeta):
    @abstractmethod
    def speak(self): ...
class Dog(Animal):
    def speak(self):
        return 'woof'
print(Dog().speak(), issubclass(Dog, Animal))
try:
    Animal()
except TypeError as e:
    print(e)
""")

program("typing_basics", """
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterable, Set, cast
T = TypeVar('T')
def total(xs: List[int]) -> int:
    return sum(xs)
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
print(total([1, 2]), find({'a': 1}, 'a'), find({}, 'b'))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...], Any, T, List)
print(Callable[[int], str], Set[str], Union[int, None], Optional[List[int]])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3); print(s.pop(), type(s).__name__)
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
e = Emp('ann')
print(e, e.name, e.dept, e._fields, Emp('b', 'ops'), isinstance(e, tuple))
print(cast(int, '3'), total.__annotations__)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x * 2, [1, 2]))
""")

program("enum_basics", """
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f'{self.name} is {self.value}'
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, type(Color.RED).__name__, Color)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.BLUE.describe(), isinstance(Color.RED, Color), f'{Color.RED}', Color.__members__)
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = auto()
print(Pri.HIGH, repr(Pri.HIGH), Pri.LOW + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri(2), Pri.HIGH == 2)
class Dir(Enum):
    N = auto()
    S = auto()
    ALIAS = 1
print(list(Dir), Dir.ALIAS, Dir.ALIAS is Dir.N, {Dir.N: 'north'}[Dir.N])
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
print(Color.RED in Color, max(Pri), [p.name for p in reversed(Pri)] if hasattr(Pri, '__reversed__') else None)
""")

program("metaclass_dunders", """
class M(type):
    def __new__(m, n, b, ns): return super().__new__(m, n, b, ns)
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, x): return x == 1
    def __repr__(cls): return 'M-repr'
    def __reversed__(cls): return iter([2, 1])
    def __bool__(cls): return True
class E(metaclass=M): pass
class F(E): pass
for name, expr in [('iter', lambda: list(E)), ('len', lambda: len(E)), ('getitem', lambda: E[3]), ('contains', lambda: 1 in F), ('repr', lambda: repr(F)), ('rev', lambda: list(reversed(F))), ('max', lambda: max(F)), ('sorted', lambda: sorted(F)), ('str', lambda: str(F))]:
    try:
        print(name, expr())
    except Exception as ex:
        print(name, 'ERR', type(ex).__name__, ex)
for x in F: print('for', x)
class N(type): pass
class G(metaclass=N): pass
class H(G): pass
print(type(H).__name__, H.__name__, list(G.__mro__))
""")

program("collections_edges", """
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple
from itertools import islice, count, chain, accumulate, zip_longest, product
from functools import partial, reduce
d = defaultdict(list); d['a'] = d
print(d)
q = deque([1]); q.append(q); print(q)
o = OrderedDict(); o['self'] = o; print(o)
print(list(islice(count(), 5, 2)), list(islice('abcdef', None)), list(islice('abcdef', 1, None, 2)))
P = namedtuple('P', 'a b')
try:
    P._make([1])
except TypeError as e:
    print(e)
try:
    P(1, 2)._replace(c=3)
except ValueError as e:
    print(e)
print(P(1, 2)._asdict(), P(a=1, b=2), P(*[5, 6]), P(**{'a': 1, 'b': 2}))
print(partial(max, key=len)(['a', 'bbb', 'cc']), repr(partial(max, 1, key=abs))[:21])
c = Counter(a=3, b=1)
c['c'] += 0
print(c, c.most_common(), list(c.elements()), c - Counter(a=5), c.total())
print(Counter('mississippi').most_common(3), sorted(Counter('mississippi').items()))
print(deque(maxlen=0), deque([1, 2, 3], 2), deque('ab') + deque('cd'), deque([1, 2]) * 2)
dq = deque([1, 2, 3, 4, 5], maxlen=5); dq.rotate(2); print(dq, dq.maxlen)
dq.extendleft('xy'); print(dq)
print(list(accumulate([1, 2, 3], initial=None)), list(zip_longest()), list(product('ab', repeat=0)))
print(OrderedDict(b=1, a=2), dict(OrderedDict(b=1)), list(reversed(OrderedDict(x=1, y=2))))
od = OrderedDict.fromkeys('abc')
print(od, od.popitem(last=False))
try:
    deque([1]).remove(5)
except ValueError as e:
    print(e)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
""")

program("math_edges", """
import math
def check(f, *args):
    try:
        r = f(*args)
        print(f.__name__, args, '->', repr(r))
    except Exception as e:
        print(f.__name__, args, type(e).__name__ + ':', e)
check(math.comb, -1, 2)
check(math.comb, 5, -1)
check(math.perm, 5, -1)
check(math.perm, -5)
check(math.comb, 5.0, 2)
check(math.pow, -8, 1 / 3)
check(math.sqrt, -0.0)
check(math.fmod, math.inf, 1)
check(math.fmod, 1, math.inf)
check(math.log, 1, 1)
check(math.log, 8, 0.5)
check(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
check(math.fsum, [0.1, 0.2, 0.3])
check(math.fsum, [1e308, 1e308])
check(math.fsum, [math.inf, -math.inf])
check(lambda: math.isclose(1, 1, rel_tol=-1))
check(math.isqrt, 2.0)
check(math.floor, 1e300)
check(math.ceil, -1.5)
check(math.floor, True)
check(math.trunc, 3.99)
check(math.factorial, True)
check(math.exp, -1000)
check(math.pow, 10, 400)
check(math.pow, 2, -1075)
check(math.atan2, 0.0, -0.0)
check(math.hypot)
check(math.hypot, 3, 4, 12)
check(math.copysign, 1, math.nan)
check(math.modf, -2.5)
check(math.modf, math.inf)
check(math.sin, math.inf)
check(math.log2, 0)
check(math.log10, -1)
check(math.sqrt, 1e400 if False else 2 ** 1024 - 1 if False else 4)
check(math.gcd, 0, 0)
check(math.gcd, -12, 18)
check(math.lcm, 0, 5)
check(math.lcm)
check(math.isqrt, 10 ** 40)
check(math.degrees, 1)
check(math.dist, [1, 2], [3])
check(math.prod, [2.5, 2])
check(lambda: math.prod([], start=5))
check(math.fabs, -0.0)
check(math.erfc, 3)
check(math.gamma, -1.5)
check(math.lgamma, 0.5)
check(math.log1p, -1)
check(math.acosh, 0.5)
check(math.ldexp, 5, -1080)
check(math.frexp, -3e-320)
check(math.ulp, 0.0)
check(math.nextafter, 0.0, -1.0)
check(math.remainder, 5, 0)
check(math.remainder, -7.5, 2)
print(math.inf == float('inf'), str(math.nan), repr(-math.inf), math.pi * 2 == math.tau)
""")

program("sys_more", """
import sys
print(sys.intern('abc'), sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.get_int_max_str_digits())
print(sys.float_info.dig, sys.float_info, sys.int_info)
print(sys.version_info >= (3, 8), sys.version_info[0], tuple(sys.version_info)[:3], sys.hexversion > 0)
print(sys.flags.optimize, sys.flags.hash_randomization, sys.executable != '', type(sys.path).__name__)
print(sys.stdout.write('x') , file=sys.stderr)
print('to stderr', file=sys.stderr)
sys.stderr.write('err line\\n')
print(sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, tb is not None)
sys.exit('fatal: bye')
""")

program("collections_abc", """
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Callable, Hashable, Generator, Container, Set
import collections.abc
import collections
def flatten(xs):
    for x in xs:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4])], 'ab', {5}])))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance('s', Sequence), isinstance(3, Iterable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator), isinstance(len, Callable), isinstance(lambda: 0, Callable))
class Bag:
    def __init__(self): self.items = []
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
class NoHash:
    __hash__ = None
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Container), isinstance(NoHash(), Hashable), isinstance(3, Hashable), isinstance([], Hashable))
print(collections.abc.Iterable is Iterable, isinstance(set(), Set), isinstance(frozenset(), Set), isinstance(range(3), Sequence))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), isinstance(m, Mapping), isinstance(m, dict))
try:
    Sequence()
except TypeError as e:
    print(e)
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), issubclass(MyMap, Mapping))
""")

program("pprint_basics", """
import pprint
data = {'name': 'deepdive', 'tags': ['python', 'rust', 'vm'], 'b': 2, 'a': 1}
pprint.pprint(data)
big = {'users': [{'id': i, 'name': f'user{i}', 'roles': ['admin', 'dev'] if i % 2 else ['guest']} for i in range(4)], 'count': 4, 'ok': True}
pprint.pprint(big)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([(i, str(i) * 3) for i in range(12)], width=40)
print(pprint.pformat({'z': {1, 2, 3}, 'y': (1,), 'x': ()}))
pprint.pprint({'key%d' % 0 if False else f'key{i}': list(range(i)) for i in range(8)})
pprint.pp({'b': 1, 'a': 2})
l = [1, 2]; l.append(l); pprint.pprint(l) if False else print(pprint.saferepr([1, 2]))
pprint.pprint([[1, 2, [3, 4, [5, 6] * 5] * 3] * 2], indent=4)
pprint.pprint(frozenset(range(30)))
pprint.pprint({i: set(range(i, i + 12)) for i in range(3)})
""")

program("functools_more", """
from functools import cached_property, singledispatch
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
c.area = 5
print(c.area)
del c.__dict__['area']
print(c.area)
@singledispatch
def show(x):
    return f'object {x!r}'
@show.register(int)
def _(x):
    return f'int {x}'
@show.register
def _(x: list):
    return f'list of {len(x)}'
print(show(3), show([1, 2]), show('s'), show(True), show.__name__)
try:
    show()
except TypeError as e:
    print(e)
""")

program("functools_arg_errors", """
from functools import reduce, partial
import operator
for call in [lambda: reduce(operator.add, [1, 2], initial=0), lambda: reduce(operator.add), lambda: reduce(1, 2, 3, 4), lambda: partial(), lambda: reduce(operator.add, [1, 2], 10)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
""")

program("modules_together", """
import heapq
from collections import deque, defaultdict, Counter, namedtuple
from itertools import groupby, combinations, accumulate, chain
from functools import lru_cache, reduce
from operator import itemgetter, attrgetter
from dataclasses import dataclass, field

text = "the quick brown fox jumps over the lazy dog the fox"
freq = Counter(text.split())
for word, n in freq.most_common(3):
    print(word + ':', '*' * n)

graph = defaultdict(list)
for a, b, w in [('A', 'B', 4), ('A', 'C', 1), ('C', 'B', 2), ('B', 'D', 5), ('C', 'D', 8)]:
    graph[a].append((b, w))
    graph[b].append((a, w))

def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
print(sorted(dijkstra('A').items()))

def bfs(src):
    seen = {src}
    order = []
    q = deque([src])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
print(bfs('A'))

@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs('AGGTAB', 'GXTXAYB'), lcs.cache_info().hits > 0)

Sale = namedtuple('Sale', 'region product amount')
sales = [Sale('east', 'apple', 3), Sale('west', 'pear', 5), Sale('east', 'pear', 2), Sale('west', 'apple', 7)]
for region, group in groupby(sorted(sales, key=attrgetter('region')), key=attrgetter('region')):
    items = list(group)
    print(region, sum(s.amount for s in items), [s.product for s in items])
print(max(sales, key=itemgetter(2)), list(accumulate(s.amount for s in sales)))
print(reduce(lambda acc, s: acc + s.amount, sales, 0), list(combinations('abc', 2)), list(chain(*[[1], [2, 3]])))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, 'write'), Task(1, 'plan'), Task(2, 'code')]
heapq.heapify(tasks)
while tasks:
    print(heapq.heappop(tasks))
""")

program("builtin_subclass_reprs", """
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
""")

program("builtin_subclass_init", """
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = Stack('todo')
s.append(1)
print(s, s.name, len(s))
class Reg(dict):
    def __init__(self, owner, *args, **kw):
        super().__init__(*args, **kw)
        self.owner = owner
r = Reg('me', {'a': 1}, b=2)
print(r, r.owner)
class Tags(set):
    def __init__(self, label, items=()):
        super().__init__(items)
        self.label = label
t = Tags('x', [1, 2, 2])
print(sorted(t), t.label)
class Plain(list):
    pass
print(Plain('ab'))
class Init2(list):
    def __init__(self, it):
        super().__init__(x * 2 for x in it)
print(Init2([1, 2]))
""")

program("enum_mixins", """
from enum import Enum, IntEnum, StrEnum, auto
class C(str, Enum):
    RED = 'r'
    BLUE = 'b'
print(C.RED, repr(C.RED), C.RED == 'r', C('b'), C.RED.upper(), len(C))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B, S.A == 'a', f'{S.B}!')
class P(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(P.EARTH.mass, P.MERCURY.value, P.EARTH)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
""")

program("operator_userdict_typing", """
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
""")


def run(name):
    proc = subprocess.run(
        [sys.executable, name + ".py"],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    # python3 names the main file by its absolute path in tracebacks; deepdive runs the
    # program under its bare name.
    err = proc.stderr.decode("utf-8").replace(os.path.realpath(ROOT) + os.sep, "")
    return proc.stdout.decode("utf-8"), err


def write(path, text, check):
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return 0
    if check:
        print("stale:", path)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


def main():
    check = "--check" in sys.argv[1:]
    os.makedirs(ROOT, exist_ok=True)
    stale = 0
    for name, source in sorted(PROGRAMS.items()):
        stale += write(os.path.join(ROOT, name + ".py"), source, check)
        if check:
            continue
        out, err = run(name)
        stale += write(os.path.join(ROOT, name + ".out"), out, check)
        err_path = os.path.join(ROOT, name + ".err")
        if err:
            stale += write(err_path, err, check)
        elif os.path.exists(err_path):
            os.remove(err_path)
    print(f"{len(PROGRAMS)} programs", "(stale: %d)" % stale if check else "written")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
