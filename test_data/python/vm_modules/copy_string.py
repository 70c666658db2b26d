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
