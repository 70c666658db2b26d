"""deepdive's enum: Enum, IntEnum, StrEnum, auto and unique, written in Python. Classes are
made by the EnumType metaclass, which turns the class body's plain values into members."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'auto', 'unique']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


def _is_descriptor(obj):
    if isinstance(obj, (type(_is_descriptor), classmethod, staticmethod, property)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _is_private(cls_name, name):
    i = 0
    while i < len(cls_name) and cls_name[i] == '_':
        i += 1
    pattern = f'_{cls_name[i:]}__'
    return name.startswith(pattern) and not name.endswith('__')


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        body = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                body[key] = value
            else:
                member_names.append(key)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        base_type = None
        for b in enum_class.__mro__[1:]:
            if b is not object and not isinstance(b, EnumType):
                base_type = b
                break
        # As CPython's EnumType: where the mixed-in data type (or object) would provide
        # these methods, the enum's own are put on the class.
        first_enum = None
        for b in enum_class.__mro__[1:]:
            if isinstance(b, EnumType):
                first_enum = b
                break
        if first_enum is not None and base_type is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                if found_method in (getattr(base_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, enum_method)
        last_values = []
        for name in member_names:
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            if base_type is None:
                member = object.__new__(enum_class)
            elif isinstance(value, tuple) and base_type is not tuple:
                member = base_type.__new__(enum_class, *value)
            else:
                member = base_type.__new__(enum_class, value)
            if '__init__' in body and base_type is None:
                args = value if isinstance(value, tuple) else (value,)
                enum_class.__init__(member, *args)
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            existing = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
            if existing is not None:
                member = existing
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1):
        if names is not None:
            return cls._create_(value, names, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def _create_(cls, class_name, names, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {'__module__': '__main__', '__qualname__': class_name}
        for i, item in enumerate(names):
            if isinstance(item, str):
                ns[item] = i + start
            else:
                ns[item[0]] = item[1]
        return EnumType.__new__(EnumType, class_name, (cls,), ns)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': "
                f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f'<enum {cls.__name__!r}>'

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values; the last value was '
                            f'{last_values[-1]!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f'<{self.__class__.__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __setattr__(self, name, value):
        if name in ('_name_', '_value_', 'name', 'value'):
            raise AttributeError(f"cannot set attribute {name!r}")
        object.__setattr__(self, name, value)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    # CPython's EnumType puts Enum's repr on the class when the mixed-in type has its own.
    __repr__ = Enum.__repr__

    def __str__(self):
        return str(int(self))

    def __format__(self, format_spec):
        return format(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    __repr__ = Enum.__repr__

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
