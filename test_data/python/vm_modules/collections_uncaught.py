from collections import deque, namedtuple
P = namedtuple('P', 'x y')
print(P(1, 2))
d = deque()
d.popleft()
