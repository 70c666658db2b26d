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
