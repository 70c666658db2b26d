"""deepdive's copy: shallow and deep copies of built-in containers and of instances (their
`__dict__`), honouring `__copy__` and `__deepcopy__`, after CPython's copy.py."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type(Ellipsis), type(NotImplemented))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type(copy)):
        return x
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    if isinstance(x, tuple):
        y = tuple.__new__(cls, x if memo is None else [deepcopy(v, memo) for v in x])
        if memo is not None:
            memo[id(x)] = y
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        for key, value in dict.items(x):
            if memo is not None:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, list):
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
        list.extend(y, x if memo is None else [deepcopy(v, memo) for v in x])
    else:
        y = object.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    slots = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(s)
    for name in slots:
        if name in ('__dict__', '__weakref__') or not hasattr(x, name):
            continue
        v = getattr(x, name)
        if memo is not None:
            v = deepcopy(v, memo)
        setattr(y, name, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type(copy)):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        if all(a is b for a, b in zip(x, y)):
            y = x
        memo[d] = y
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
        memo[d] = y
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif hasattr(cls, '__copy__') and not hasattr(x, '__dict__'):
            y = cls([deepcopy(a, memo) for a in x])
        else:
            y = _reconstruct(x, memo)
        memo[d] = y
    return y
