from functools import cmp_to_key, total_ordering
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'V({self.v})'
print(V(1) < V(2), V(1) >= V(2), V(3) > V(2), V(2) <= V(2), max(V(1), V(5), V(3)))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(1))
try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print(e)
