from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Callable, Hashable, Generator, Container, Set
import collections.abc
import collections
def flatten(xs):
    for x in xs:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4])], 'ab', {5}])))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance('s', Sequence), isinstance(3, Iterable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator), isinstance(len, Callable), isinstance(lambda: 0, Callable))
class Bag:
    def __init__(self): self.items = []
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
class NoHash:
    __hash__ = None
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Container), isinstance(NoHash(), Hashable), isinstance(3, Hashable), isinstance([], Hashable))
print(collections.abc.Iterable is Iterable, isinstance(set(), Set), isinstance(frozenset(), Set), isinstance(range(3), Sequence))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), isinstance(m, Mapping), isinstance(m, dict))
try:
    Sequence()
except TypeError as e:
    print(e)
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), issubclass(MyMap, Mapping))
