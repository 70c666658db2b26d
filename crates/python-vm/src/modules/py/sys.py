"""The parts of deepdive's sys that are structured sequences (version_info, float_info,
int_info, implementation), written in Python; the rest of sys is in sys.rs."""


def _structseq(name, fields, values):
    def __repr__(self):
        parts = [f'{f}={v!r}' for f, v in zip(fields, self)]
        return f'{name}({", ".join(parts)})'
    ns = {'__slots__': (), '_fields': fields, 'n_fields': len(fields), '__repr__': __repr__,
          '__module__': 'sys'}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(name.split('.')[-1], (tuple,), ns)
    return tuple.__new__(cls, values)


version_info = _structseq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                          (3, 11, 7, 'final', 0))
float_info = _structseq(
    'sys.float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _structseq('sys.int_info', ('bits_per_digit', 'sizeof_digit',
                                       'default_max_str_digits', 'str_digits_check_threshold'),
                      (30, 4, 4300, 640))
hash_info = _structseq('sys.hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm',
                                         'hash_bits', 'seed_bits', 'cutoff'),
                       (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
maxunicode = 1114111
hexversion = 51054576
api_version = 1013
executable = '/usr/bin/python3'
prefix = '/usr'
dont_write_bytecode = False
path = ['']
builtin_module_names = ('builtins', 'sys', 'math', 'itertools', 'functools', 'operator')


class _Implementation:
    __slots__ = ()
    name = 'cpython'
    cache_tag = 'cpython-311'
    version = version_info

    def __repr__(self):
        return ("namespace(name='cpython', cache_tag='cpython-311', version=" + repr(version_info)
                + ", hexversion=51054576, _multiarch='x86_64-linux-gnu')")


implementation = _Implementation()
del _Implementation, _structseq


def intern(string, /):
    if type(string) is not str:
        raise TypeError(f'intern() argument must be str, not {type(string).__name__}')
    return string


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


_int_max_str_digits = 4300


def get_int_max_str_digits():
    return _int_max_str_digits


def set_int_max_str_digits(maxdigits):
    global _int_max_str_digits
    if maxdigits != 0 and maxdigits < 640:
        raise ValueError('maxdigits must be 0 or larger than 640')
    _int_max_str_digits = maxdigits


class _Flags(tuple):
    __slots__ = ()
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
               'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
               'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
               'warn_default_encoding', 'safe_path', 'int_max_str_digits')

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        parts = [f'{f}={v!r}' for f, v in zip(self._fields, self)]
        return f'sys.flags({", ".join(parts)})'


# hash_randomization is 0: runs are compared with PYTHONHASHSEED=0.
flags = tuple.__new__(_Flags, (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))
del _Flags
