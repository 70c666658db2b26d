"""Recursion counts through len, map, sorted, str, print and getattr hooks: C-level checks and the code warm-up of CPython 3.11."""
import sys
n = 0
class A:
    def __repr__(self):
        global n; n += 1
        return repr(self)
    def __eq__(self, o):
        global n; n += 1
        return self == o
    def __getattr__(self, name):
        global n; n += 1
        return self.zz
    def __len__(self):
        global n; n += 1
        return len(self)
def viamap(x):
    global n; n += 1
    return list(map(viamap, [x]))
def viasorted(x):
    global n; n += 1
    return sorted([x], key=viasorted)
def plain(x):
    global n; n += 1
    return plain(x)
for name, f in [("repr", lambda: repr(A())), ("eq", lambda: A() == A()), ("getattr", lambda: A().foo), ("len", lambda: len(A())), ("map", lambda: viamap(1)), ("sorted", lambda: viasorted(1)), ("plain", lambda: plain(1))]:
    n = 0
    try:
        f()
    except RecursionError as e:
        print(name, n, e)
n = 0
class B:
    def __init__(self):
        global n; n += 1
        B()
class S:
    def __str__(self):
        global n; n += 1
        return str(self)
class P:
    def __str__(self):
        global n; n += 1
        print(self)
        return ""
def viamax(x):
    global n; n += 1
    return max([x], key=viamax)
class M:
    def m(self):
        global n; n += 1
        return [1].sort(key=lambda v: self.m())
for name, f in [("init", B), ("str", lambda: str(S())), ("print", lambda: print(P())), ("max", lambda: viamax(1)), ("sortmeth", lambda: M().m())]:
    n = 0
    try:
        f()
    except RecursionError as e:
        print(name, n, e)
