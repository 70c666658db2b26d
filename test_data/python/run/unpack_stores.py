"""Unpacking into locals: nested targets, loops over pairs, and the reference counts of the items and of the values the stores replace."""
import sys


def make(tag):
    return ["a" + tag], ["b" + tag]


def run():
    a = ["a1"]
    b = ["b1"]
    old_a = a
    print(sys.getrefcount(old_a))
    a, b = make("2")
    print(sys.getrefcount(old_a), a, b)
    for x, [y, z] in [(1, [2, 3]), (4, [5, 6])]:
        print(x, y, z)
    item = [["inner"]]
    (p,) = item
    print(sys.getrefcount(p))
    del item
    print(sys.getrefcount(p))
    first, second = [[1], (2,)]
    print(first, second, sys.getrefcount(first))
    t = (a, b)
    c, d = t
    print(sys.getrefcount(a), c is a, d is b)


run()
