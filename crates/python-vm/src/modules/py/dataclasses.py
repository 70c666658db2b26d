"""deepdive's dataclasses: @dataclass (init, repr, eq, order, frozen, unsafe_hash), field(),
fields(), asdict(), astuple(), replace() and is_dataclass(), written in Python. CPython
generates the methods as source text run by exec; deepdive builds them as closures that
behave (and fail) the same way."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _is_classvar(tp):
    return tp == 'ClassVar' or (isinstance(tp, str) and tp.startswith('ClassVar'))


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = '_FIELD'
    if isinstance(tp, InitVar):
        f._field_type = '_FIELD_INITVAR'
    elif _is_classvar(tp):
        f._field_type = '_FIELD_CLASSVAR'
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type == '_FIELD' and f.default is not MISSING and \
            type(f.default) in (list, dict, set):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _field_default(f):
    if f.default_factory is not MISSING:
        return f.default_factory()
    return f.default


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = f'{cls.__qualname__}.__init__'
    n_positional = len(positional)
    n_required = len([f for f in positional
                      if f.default is MISSING and f.default_factory is MISSING])
    names = [f.name for f in init_fields]

    def __init__(self, *args, **kwargs):
        if len(args) > n_positional:
            raise TypeError(_too_many(qualname, n_required + 1, n_positional + 1,
                                      len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for name, v in kwargs.items():
            if name not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
            values[name] = v
        missing_pos = [f.name for f in positional if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError(_missing_message(qualname, missing_pos, 'positional'))
        missing_kw = [f.name for f in kw_only if f.name not in values
                      and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError(_missing_message(qualname, missing_kw, 'keyword-only'))
        for f in fields:
            if f._field_type == '_FIELD_CLASSVAR':
                continue
            if f.init and f.name in values:
                v = values[f.name]
            elif f._field_type == '_FIELD_INITVAR':
                v = f.default
                values[f.name] = v
                continue
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                if not f.init:
                    continue
                v = f.default
            else:
                continue
            if f._field_type == '_FIELD_INITVAR':
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            initvars = [values.get(f.name) for f in fields
                        if f._field_type == '_FIELD_INITVAR']
            self.__post_init__(*initvars)

    __init__.__qualname__ = qualname
    return __init__


def _too_many(qualname, low, high, given):
    if low == high:
        takes = f'{high} positional argument{"" if high == 1 else "s"}'
    else:
        takes = f'from {low} to {high} positional arguments'
    return f'{qualname}() takes {takes} but {given} {"was" if given == 1 else "were"} given'


def _missing_message(qualname, names, kind):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        text = quoted[0]
    elif len(quoted) == 2:
        text = f'{quoted[0]} and {quoted[1]}'
    else:
        text = ', '.join(quoted[:-1]) + f', and {quoted[-1]}'
    return (f'{qualname}() missing {len(names)} required {kind} argument'
            f'{"" if len(names) == 1 else "s"}: {text}')


def _values(obj, fields):
    return tuple([getattr(obj, f.name) for f in fields])


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, tp in annotations.items():
        f = _get_field(cls, name, tp, kw_only)
        fields[name] = f
        if isinstance(getattr(cls, name, None), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type == '_FIELD']
    has_post_init = hasattr(cls, '__post_init__')

    if init:
        cls.__init__ = _make_init(cls, [f for f in all_fields
                                        if f._field_type != '_FIELD_CLASSVAR'],
                                  frozen, has_post_init)
    repr_fields = [f for f in std_fields if f.repr]
    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields]
            return f'{self.__class__.__qualname__}({", ".join(parts)})'
        cls.__repr__ = __repr__
    cmp_fields = [f for f in std_fields if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, cmp_fields) == _values(other, cmp_fields)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _make_order(op, cmp_fields))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if not has_explicit_hash or unsafe_hash:
            def __hash__(self):
                return hash(_values(self, hash_fields))
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields if f.init and not f.kw_only)
    if '__doc__' not in cls.__dict__ or cls.__dict__['__doc__'] is None:
        params = []
        star = False
        for f in all_fields:
            if not f.init or f._field_type == '_FIELD_CLASSVAR':
                continue
            if f.kw_only and not star:
                params.append('*')
                star = True
            text = f'{f.name}: {_type_name(f.type)}'
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            params.append(text)
        cls.__doc__ = f'{cls.__name__}({", ".join(params)})'
    return cls


def _type_name(tp):
    # inspect.formatannotation
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _make_order(op, cmp_fields):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, cmp_fields), _values(other, cmp_fields))
        return NotImplemented
    return method


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        import copy
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        import copy
        return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    namespace.setdefault('__module__', '__main__')
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
