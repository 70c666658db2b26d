import collections, functools as ft, itertools as it
from math import sqrt as root, pi

print(type(collections).__name__, collections.__name__, ft.__name__, it.__name__)
print(root(2), pi)
from sys import maxsize
print(maxsize)
try:
    import not_a_module_at_all
except ModuleNotFoundError as e:
    print(e)
