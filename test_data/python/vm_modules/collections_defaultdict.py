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
