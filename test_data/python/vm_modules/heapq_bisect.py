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
