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
