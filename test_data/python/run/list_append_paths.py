"""list.append through LOAD_METHOD in quickened code, on lists and list subclasses, as a bound method, with wrong argument counts: the fast path and the general one agree."""
import sys
class L(list):
    pass
def f(n):
    a = []
    b = L()
    for i in range(n):
        a.append(i)
        b.append(-i)
    x = []
    ap = x.append
    for i in range(3):
        ap(i)
    return a[-3:], b[-3:], x, sys.getrefcount(a) 
for _ in range(3):
    print(f(20))
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
