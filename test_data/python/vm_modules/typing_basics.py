from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterable, Set, cast
T = TypeVar('T')
def total(xs: List[int]) -> int:
    return sum(xs)
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
print(total([1, 2]), find({'a': 1}, 'a'), find({}, 'b'))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...], Any, T, List)
print(Callable[[int], str], Set[str], Union[int, None], Optional[List[int]])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3); print(s.pop(), type(s).__name__)
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
e = Emp('ann')
print(e, e.name, e.dept, e._fields, Emp('b', 'ops'), isinstance(e, tuple))
print(cast(int, '3'), total.__annotations__)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x * 2, [1, 2]))
