"""deepdive's itertools: the iterator building blocks, lazy (infinite iterators work with
islice), written in Python; each is a class named as CPython's C types are."""

_marker = object()
_maxsize = 9223372036854775807


class _It:
    __slots__ = ('_g',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class cycle(_It):
    __slots__ = ()

    def __init__(self, iterable):
        self._g = _cycle(iter(iterable))


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain(_It):
    __slots__ = ()

    def __init__(self, *iterables):
        self._g = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._g = _chain(iter(iterable))
        return self


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


class islice(_It):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (list(args) + [None])[:3]
        if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _maxsize):
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        if (not isinstance(start, int) or start < 0 or start > _maxsize
                or not isinstance(step, int) or step < 0):
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._g = _islice(iter(iterable), start, stop, step)


def _add(a, b):
    return a + b


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


class accumulate(_It):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._g = _accumulate(iter(iterable), _add if func is None else func, initial)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


class product(_It):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._g = _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


class permutations(_It):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._g = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations(_It):
    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_It):
    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _combinations_with_replacement(tuple(iterable), r)


def _zip_longest(its, fillvalue):
    num_active = len(its)
    if not num_active:
        return
    its = list(its)
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                its[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class zip_longest(_It):
    __slots__ = ()

    def __init__(self, *args, fillvalue=None):
        self._g = _zip_longest([iter(it) for it in args], fillvalue)


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


class takewhile(_It):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._g = _takewhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class dropwhile(_It):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._g = _dropwhile(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class starmap(_It):
    __slots__ = ()

    def __init__(self, function, iterable):
        self._g = _starmap(function, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class filterfalse(_It):
    __slots__ = ()

    def __init__(self, function, iterable):
        self._g = _filterfalse(function, iter(iterable))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class compress(_It):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._g = _compress(iter(data), iter(selectors))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class pairwise(_It):
    __slots__ = ()

    def __init__(self, iterable):
        self._g = _pairwise(iter(iterable))


class groupby:
    __slots__ = ('_keyfunc', '_it', '_tgtkey', '_currkey', '_currvalue', '_grouper')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif self._tgtkey == self._currkey:
                pass
            else:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not (self._tgtkey == p._currkey):
            raise StopIteration
        r = p._currvalue
        p._currvalue = _marker
        p._currkey = _marker
        return r


class _tee_data:
    __slots__ = ('it', 'values')

    def __init__(self, it):
        self.it = it
        self.values = []


class _tee:
    __slots__ = ('_data', '_i')

    def __init__(self, data, i=0):
        self._data = data
        self._i = i

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._i == len(data.values):
            data.values.append(next(data.it))
        v = data.values[self._i]
        self._i += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._i)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _tee):
        return tuple([it.__copy__() for _ in range(n)])
    data = _tee_data(it)
    return tuple([_tee(data) for _ in range(n)])
