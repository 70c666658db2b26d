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
