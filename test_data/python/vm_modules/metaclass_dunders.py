class M(type):
    def __new__(m, n, b, ns): return super().__new__(m, n, b, ns)
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, x): return x == 1
    def __repr__(cls): return 'M-repr'
    def __reversed__(cls): return iter([2, 1])
    def __bool__(cls): return True
class E(metaclass=M): pass
class F(E): pass
for name, expr in [('iter', lambda: list(E)), ('len', lambda: len(E)), ('getitem', lambda: E[3]), ('contains', lambda: 1 in F), ('repr', lambda: repr(F)), ('rev', lambda: list(reversed(F))), ('max', lambda: max(F)), ('sorted', lambda: sorted(F)), ('str', lambda: str(F))]:
    try:
        print(name, expr())
    except Exception as ex:
        print(name, 'ERR', type(ex).__name__, ex)
for x in F: print('for', x)
class N(type): pass
class G(metaclass=N): pass
class H(G): pass
print(type(H).__name__, H.__name__, list(G.__mro__))
