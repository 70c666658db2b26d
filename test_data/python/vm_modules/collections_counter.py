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
