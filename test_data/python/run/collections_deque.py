"""collections.deque: appends and pops at both ends, rotation, maxlen."""
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window))
print(window, window.maxlen)
q = deque()
q.append("task1")
q.append("task2")
while q:
    print("processing", q.popleft())
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc").count("a"), 2 in deque([1, 2]), list(reversed(deque([1, 2, 3]))))
