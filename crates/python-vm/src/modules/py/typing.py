"""deepdive's typing: enough of the typing module for annotated teaching programs (List[int],
Optional, Union, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast...),
written in Python. Annotations are objects with CPython's reprs; nothing is checked at run
time, as in CPython."""

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if not self.__args__:
            return f'typing.{self._name}'
        if self._name == 'Tuple' and self.__args__ == ((),):
            return 'typing.Tuple[()]'
        return f'typing.{self._name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,),
                             self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGeneric:
    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __repr__(self):
        return f'typing.{self._name}'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]


def _union(params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
            sub = p.__args__
        else:
            sub = (p,)
        for s in sub:
            if s not in flat:
                flat.append(s)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(None, tuple(flat), 'Optional')
        alias.__args__ = tuple(flat)
        return alias if flat[1] is type(None) else _GenericAlias(None, tuple(flat), 'Union')
    return _GenericAlias(None, tuple(flat), 'Union')


def _optional(param):
    return _union((param, None))


def _literal(params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(None, params, 'Literal')


def _single(name):
    def getitem(param):
        return _GenericAlias(None, (param,), name)
    return getitem


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
ClassVar = _SpecialForm('ClassVar', _single('ClassVar'))
Final = _SpecialForm('Final', _single('Final'))
Annotated = _SpecialForm('Annotated', lambda params: params[0])
TypeAlias = _SpecialForm('TypeAlias')

List = _SpecialGeneric(list, 'List')
Dict = _SpecialGeneric(dict, 'Dict')
Set = _SpecialGeneric(set, 'Set')
FrozenSet = _SpecialGeneric(frozenset, 'FrozenSet')
Tuple = _SpecialGeneric(tuple, 'Tuple')
Type = _SpecialGeneric(type, 'Type')
Callable = _SpecialGeneric(object, 'Callable')
Iterable = _SpecialGeneric(object, 'Iterable')
Iterator = _SpecialGeneric(object, 'Iterator')
Generator = _SpecialGeneric(object, 'Generator')
Sequence = _SpecialGeneric(object, 'Sequence')
MutableSequence = _SpecialGeneric(object, 'MutableSequence')
Mapping = _SpecialGeneric(object, 'Mapping')
MutableMapping = _SpecialGeneric(object, 'MutableMapping')
AbstractSet = _SpecialGeneric(object, 'AbstractSet')
MutableSet = _SpecialGeneric(object, 'MutableSet')
Collection = _SpecialGeneric(object, 'Collection')
Container = _SpecialGeneric(object, 'Container')
Hashable = _SpecialGeneric(object, 'Hashable')
Sized = _SpecialGeneric(object, 'Sized')
Reversible = _SpecialGeneric(object, 'Reversible')
Awaitable = _SpecialGeneric(object, 'Awaitable')
Coroutine = _SpecialGeneric(object, 'Coroutine')
AsyncIterator = _SpecialGeneric(object, 'AsyncIterator')
AsyncIterable = _SpecialGeneric(object, 'AsyncIterable')
AsyncGenerator = _SpecialGeneric(object, 'AsyncGenerator')
IO = _SpecialGeneric(object, 'IO')
TextIO = _SpecialGeneric(object, 'TextIO')
Text = str
ChainMap = _SpecialGeneric(object, 'ChainMap')
Counter = _SpecialGeneric(object, 'Counter')
Deque = _SpecialGeneric(object, 'Deque')
DefaultDict = _SpecialGeneric(object, 'DefaultDict')
OrderedDict = _SpecialGeneric(object, 'OrderedDict')
KeysView = _SpecialGeneric(object, 'KeysView')
ItemsView = _SpecialGeneric(object, 'ItemsView')
ValuesView = _SpecialGeneric(object, 'ValuesView')
MappingView = _SpecialGeneric(object, 'MappingView')
ContextManager = _SpecialGeneric(object, 'AbstractContextManager')
AsyncContextManager = _SpecialGeneric(object, 'AbstractAsyncContextManager')
ByteString = _SpecialGeneric(bytes, 'ByteString')
BinaryIO = _SpecialGeneric(object, 'BinaryIO')
NotRequired = _SpecialForm('NotRequired', _single('NotRequired'))
Required = _SpecialForm('Required', _single('Required'))
Concatenate = _SpecialForm('Concatenate', lambda params: _GenericAlias(None, params, 'Concatenate'))
TypeGuard = _SpecialForm('TypeGuard', _single('TypeGuard'))
Unpack = _SpecialForm('Unpack', _single('Unpack'))
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not checked)."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        import collections
        annotations = ns.get('__annotations__', {})
        names = list(annotations)
        defaults = [ns[n] for n in names if n in ns]
        for i, n in enumerate(names):
            if n not in ns and any(m in ns for m in names[:i]):
                raise TypeError(f'Non-default namedtuple field {n} cannot follow '
                                f'default field{"s" if len(defaults) > 1 else ""} '
                                f'{", ".join(m for m in names[:i] if m in ns)}')
        nm_tpl = collections.namedtuple(typename, names, defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = annotations
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root') \
                    or key in names:
                continue
            setattr(nm_tpl, key, value)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        ns = dict(ns)
        ns['__new__'] = _typeddict_new
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,) if bases else (), ns)


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj):
    return obj
