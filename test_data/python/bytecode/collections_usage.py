from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

Point = namedtuple("Point", ["x", "y"])
counts = Counter("hello world")
groups = defaultdict(list)
for w in ["apple", "avocado", "banana"]:
    groups[w[0]].append(w)
q = deque([1, 2, 3], maxlen=5)
q.appendleft(0)
od = OrderedDict(a=1)
print(Point(1, 2), counts.most_common(2), dict(groups), q, od)
