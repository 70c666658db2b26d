#!/usr/bin/env python3
"""Writes the string and formatting tests of the Python VM, with CPython 3.11 as the oracle.

Every case below becomes test_data/python/vm_strings/NAME.py (the program) and NAME.out
(what ``python3 NAME.py`` prints with PYTHONHASHSEED=0); crates/python-vm/tests/strings.rs
runs each program through the VM and compares. Expression cases print
``EXPR -> repr(value)`` or ``EXPR -> ExceptionName message``, so one program checks many
results and errors without stopping at the first.

Usage: python3 scripts/python_vm_strings_gen.py [--check]   (--check only reports stale files)
"""
import os
import random
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test_data", "python", "vm_strings")

PRELUDE = '''def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

'''


def exprs(*lines):
    """A program printing each expression's value or error."""
    body = [PRELUDE]
    for line in lines:
        body.append("t(%r, lambda: %s)\n" % (line, line))
    return "".join(body)


CASES = {}

CASES["split_whitespace"] = exprs(
    "'  a b  c '.split()", "'a\\tb\\nc\\x0bd\\x0ce\\x1cf'.split()", "''.split()", "'   '.split()",
    "'a b c d'.split(None, 2)", "'  a b c d  '.split(maxsplit=1)", "'a b'.split(maxsplit=0)",
    "'  a  '.split(maxsplit=0)", "'a\\u3000b\\xa0c'.split()", "'a b c'.split(None, -5)",
    "'a b c'.rsplit()", "'  a b  c  '.rsplit(None, 1)", "'a b c'.rsplit(maxsplit=0)",
    "'   a  b'.rsplit(maxsplit=1)", "'x'.split(1)", "'x'.split(None, None)", "'x'.split(sep=1)",
    "'x'.split(maxsplit='2')", "'x'.split(1, 2, 3)", "'x'.split(foo=1)", "'x'.split(',', sep=',')",
)

CASES["split_sep"] = exprs(
    "'a,b,,c'.split(',')", "'a,b,,c'.split(',', 1)", "'a,b,,c'.rsplit(',', 1)", "''.split(',')",
    "'abc'.split('')", "'abc'.rsplit('')", "'a--b--c'.split('--')", "'a--b--c'.rsplit('--', 1)",
    "'ééaéé'.split('a')", "'aaa'.split('aa')", "'aaa'.rsplit('aa')", "'a,b'.split(',', maxsplit=-1)",
    "'1,2,3'.split(sep=',', maxsplit=1)", "'a b'.split(' ')", "'a  b'.split(' ')",
)

CASES["splitlines"] = exprs(
    "'a\\nb\\r\\nc\\rd'.splitlines()", "'a\\nb\\r\\nc\\rd\\n'.splitlines(True)", "''.splitlines()",
    "'\\n'.splitlines()", "'a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g\\u2028h\\u2029i'.splitlines()",
    "'a\\n\\nb'.splitlines(keepends=True)", "'x'.splitlines(1.5)", "'a\\r'.splitlines(True)",
)

CASES["join"] = exprs(
    "','.join(['a', 'b', 'c'])", "''.join([])", "'-'.join('abc')", "'-'.join(('x',))",
    "', '.join(str(i) for i in range(5))", "'é'.join(['a', 'b'])", "'x'.join([1])",
    "'x'.join(['a', 2])", "'x'.join(5)", "'x'.join()", "'x'.join({'a': 1, 'b': 2})",
    "'.'.join(map(str, [1.5, 2]))",
)

CASES["strip"] = exprs(
    "'  a b  '.strip()", "'  a b  '.lstrip()", "'  a b  '.rstrip()", "'xxaxx'.strip('x')",
    "'abcba'.strip('ab')", "'abcba'.lstrip('ab')", "'abcba'.rstrip('ab')", "'\\t\\n a \\x1c'.strip()",
    "'\\xa0a\\u3000'.strip()", "'a'.strip(None)", "'a'.strip(1)", "'a'.lstrip(1)", "'a'.strip('a', 'b')",
    "'ééaéé'.strip('é')", "''.strip()",
)

CASES["find"] = exprs(
    "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.find('z')", "'hello'.find('l', 3)",
    "'hello'.find('l', -2)", "'hello'.find('l', 1, 3)", "'hello'.find('', 5)", "'hello'.find('', 6)",
    "'hello'.rfind('')", "'hello'.find('lo', -10, 100)", "'héllo wörld'.find('ö')",
    "'héllo wörld'.rfind('l')", "'héllo'.find('l', 3)", "'hello'.index('l')", "'hello'.index('z')",
    "'hello'.rindex('z')", "'hello'.rindex('l', 0, 3)", "'hello'.find(1)", "'hello'.find()",
    "'hello'.find('l', 'x')", "'hello'.find('l', None, None)", "'hello'.find('l', 1, 2, 3)",
    "'hello'.find('h', True)", "'aaa'.count('a')", "'aaa'.count('aa')", "'aaa'.count('')",
    "'aaa'.count('', 1)", "'aaa'.count('', 4)", "'aaa'.count('a', -2)", "'ééé'.count('é', 1, 2)",
    "'hello'.count()", "'abc'.find('c', 2**70)", "'abc'.find('c', -2**70)",
)

CASES["replace"] = exprs(
    "'aaaa'.replace('a', 'b')", "'aaaa'.replace('a', 'b', 2)", "'aaaa'.replace('a', 'b', -1)",
    "'aaaa'.replace('a', 'b', 0)", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)",
    "''.replace('', 'x')", "'éaé'.replace('é', 'e')", "'abc'.replace('x', 'y')", "'a'.replace(1, 2)",
    "'a'.replace('a')", "'a'.replace('a', 2)", "'a'.replace('a', 'b', 'c')", "'aXbXc'.replace('X', '')",
)

CASES["startswith"] = exprs(
    "'hello'.startswith('he')", "'hello'.startswith(('x', 'he'))", "'hello'.startswith('l', 2)",
    "'hello'.startswith('l', 2, 2)", "'hello'.startswith('', 5)", "'hello'.startswith('', 6)",
    "'hello'.endswith('lo')", "'hello'.endswith(('x', 'y'))", "'hello'.endswith('l', 0, 4)",
    "'hello'.endswith('he', -10, 2)", "'hello'.startswith(1)", "'hello'.startswith((1,))",
    "'hello'.endswith(['lo'])", "'héllo'.startswith('l', 2)", "'hello'.startswith(())",
    "'hello'.endswith('')", "'hello'.startswith()",
)

CASES["case"] = exprs(
    "'Hello World'.upper()", "'Hello World'.lower()", "'hello world'.capitalize()",
    "'HELLO wORLD'.capitalize()", "'hello world'.title()", "\"they're bill's friends\".title()",
    "'hello2world x1y'.title()", "'Hello World'.swapcase()", "'straße'.upper()", "'straße'.casefold()",
    "'ΣΑΣ'.lower()", "'ὈΔΥΣΣΕΎΣ'.lower()", "'ǆemal'.title()", "'ǆ'.capitalize()", "'ﬁ'.upper()",
    "'ß'.capitalize()", "'İ'.lower()", "'ÉCOLE'.lower()", "'école'.title()", "''.upper()",
    "'a'.upper(1)", "str.upper('abc')", "str.upper(1)", "str.lower()", "'ß'.swapcase()",
)

CASES["predicates"] = (
    PRELUDE
    + '''samples = ['', 'abc', 'ABC', 'Abc', 'aBC', '123', '12.3', '١٢٣', '²', '½', '一二', 'Ⅻ',
    'abc123', 'a b', ' ', '\\t\\n', '\\x1c', '\\xa0', 'é', 'Hello World', 'Hello world',
    'HELLO WORLD', 'hello', '_id', '1id', 'id1', 'a-b', 'éa', 'ǅ', 'Ǆ', 'Σσ', '\\u0301',
    'abc\\x00', '\\x7f', 'a\\u200b', '௰', '０１', '①']
for s in samples:
    print(repr(s), [m for m in ('isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper',
        'islower', 'isidentifier', 'isnumeric', 'isdecimal', 'istitle', 'isascii',
        'isprintable') if getattr(s, m)()])
t("'a'.isdigit(1)", lambda: 'a'.isdigit(1))
'''
)

CASES["padding"] = exprs(
    "'abc'.center(9)", "'abc'.center(8)", "'ab'.center(7)", "'ab'.center(8, '*')", "'abc'.center(2)",
    "'a'.center(4)", "'a'.center(5)", "'abc'.ljust(6, '-')", "'abc'.rjust(6)", "'é'.rjust(3, 'ü')",
    "'42'.zfill(5)", "'-42'.zfill(5)", "'+42'.zfill(5)", "''.zfill(3)", "'abc'.zfill(2)", "'--'.zfill(4)",
    "'a'.center()", "'a'.center(5, 'ab')", "'a'.center(5, 1)", "'a'.center('5')", "'a'.ljust(2**70)",
    "'a'.zfill('x')", "'a'.center(-3)", "'a'.rjust(3, '')", "'a'.ljust(3, 'x', 1)",
)

CASES["partition"] = exprs(
    "'a=b=c'.partition('=')", "'a=b=c'.rpartition('=')", "'abc'.partition('x')", "'abc'.rpartition('x')",
    "'abc'.partition('')", "'abc'.partition(1)", "'éaé'.partition('a')", "'abc'.partition()",
    "'prefix_rest'.removeprefix('prefix_')", "'abc'.removeprefix('x')", "'name.py'.removesuffix('.py')",
    "'abc'.removesuffix('')", "'abc'.removeprefix(1)", "'abc'.removesuffix(None)",
)

CASES["expandtabs"] = exprs(
    "'a\\tb'.expandtabs()", "'a\\tb'.expandtabs(4)", "'abcd\\tb'.expandtabs(4)", "'a\\n\\tb'.expandtabs(2)",
    "'\\t'.expandtabs(0)", "'\\t'.expandtabs(-1)", "'a\\r\\tb'.expandtabs(3)", "'é\\tx'.expandtabs(3)",
    "'a\\tb'.expandtabs(tabsize=3)", "'a'.expandtabs('x')",
)

CASES["encode"] = exprs(
    "'héllo'.encode()", "'héllo'.encode('utf-8')", "'abc'.encode('ascii')", "'héllo'.encode('ascii')",
    "'héé'.encode('ascii', 'ignore')", "'héé'.encode('ascii', 'replace')",
    "'hé€'.encode('ascii', 'backslashreplace')", "'hé€'.encode('ascii', 'xmlcharrefreplace')",
    "'héllo'.encode('latin-1')", "'h€'.encode('latin-1')", "'a€€b'.encode('ascii')",
    "'x'.encode('foo')", "'x'.encode(errors=1)", "'x'.encode(encoding='UTF8')", "'€'.encode('utf8')",
    "b'h\\xc3\\xa9'.decode()", "b'h\\xc3\\xa9'.decode('utf-8')", "b'\\xff'.decode()", "b'abc\\xff'.decode()",
    "b'\\xe2\\x82'.decode()", "b'\\xe2\\x28\\xa1'.decode()", "b'\\xff'.decode('ascii')",
    "b'\\xff'.decode('latin-1')", "b'a\\xffb'.decode('utf-8', 'replace')",
    "b'a\\xffb'.decode('utf-8', 'ignore')", "b'a\\xffb'.decode('utf-8', 'backslashreplace')",
    "b'x'.decode('foo')", "str(b'h\\xc3\\xa9', 'utf-8')", "bytes('é', 'utf-8')", "bytes('é')",
    "bytes('é', 'ascii')",
)

CASES["translate"] = exprs(
    "str.maketrans('abc', 'xyz')", "'abcabc'.translate(str.maketrans('abc', 'xyz'))",
    "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "'abc'.translate({97: 'AA', 98: None})",
    "'abc'.translate({ord('a'): 120})", "str.maketrans({'a': 1, 98: 'x'})", "str.maketrans('ab', 'c')",
    "str.maketrans(1)", "str.maketrans({'ab': 1})", "'abc'.translate(1)", "'abc'.translate({97: 1.5})",
    "'abc'.translate([None, None])", "'héllo'.translate({233: 'e'})", "''.maketrans('a', 'b')",
)

CASES["operators"] = exprs(
    "'ab' + 'cd'", "'ab' * 3", "3 * 'ab'", "'ab' * 0", "'ab' * -1", "'a' + 1", "1 + 'a'", "'a' * 'b'",
    "'a' * 1.5", "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'['x']", "'abc'[::-1]", "'héllo'[1:3]",
    "'héllo'[::2]", "'abc'[1:]", "'b' in 'abc'", "'' in 'abc'", "1 in 'abc'", "'a' < 'b'", "'a' < 1",
    "'abc' == 'abc'", "'é' > 'z'", "len('héllo')", "list('héllo')", "str.__add__('a', 'b')",
    "str.__add__('a', 1)", "str.__mul__('a', 2)", "str.__mul__('a', 'b')", "str.__len__('abc')",
    "str.__getitem__('abc', 1)", "str.__contains__('abc', 'b')", "str.__eq__('a', 1)",
    "str.__lt__('a', 'b')", "str.__hash__('a') == hash('a')", "str.__mod__('%d', 5)",
    "list(str.__iter__('ab'))", "'abc'.__len__()", "'x'.__repr__()", "'x'.__str__()",
    "str.__format__('ab', '>4')", "'a' 'b'", "'%s' % 'x'", "'abc' != 'abd'", "'Z' <= 'a'",
)

CASES["subclass"] = (
    PRELUDE
    + '''class S(str):
    def shout(self):
        return self.upper() + '!'
    def __repr__(self):
        return 'S(' + str.__repr__(self) + ')'

s = S('hello world')
print(s.shout(), s.split(), s.title(), len(s), s[0], s + '!', s * 2)
print(repr(s), str(s), s == 'hello world', isinstance(s.upper(), S), type(s.upper()).__name__)
print(f'{s:>15}|', format(s, '^13'), '{}'.format(s), '%s' % s, '%r' % s)
print(','.join([s, s]), s.find('o'), s.replace('o', '0'), 'lo' in s, hash(s) == hash('hello world'))
print(sorted([S('b'), S('a')]), {s: 1}[s])
print(str.upper(s), str.__len__(s), s.startswith(S('hello')))

class L(str):
    def __len__(self):
        return 99
    def upper(self):
        return 'custom'

l = L('abc')
print(len(l), l.upper(), str.upper(l), l.lower())

class F(float):
    pass
class I(int):
    pass
print(format(F(2.5), '.3f'), format(I(42), '05d'), f'{I(7):x}', '%d' % I(3), '%.1f' % F(1.25))

class Fmt:
    def __format__(self, spec):
        return 'Fmt[' + spec + ']'
    def __str__(self):
        return 'Fmt-str'
    def __repr__(self):
        return 'Fmt-repr'
print(f'{Fmt()}', f'{Fmt():abc}', f'{Fmt()!s}', f'{Fmt()!r:>10}', format(Fmt(), 'x'), '{0:y}'.format(Fmt()))
print('%s %r' % (Fmt(), Fmt()), '%s' % Fmt())
class SubFmt:
    def __format__(self, spec):
        return S('sub:' + spec)
class BadFmt:
    def __format__(self, spec):
        return 5
print(f'{SubFmt():x}', format(SubFmt(), 'y'), '{:z}'.format(SubFmt()))
t('format(BadFmt(), "")', lambda: format(BadFmt(), ''))
class P:
    pass
t('format(P(), "x")', lambda: format(P(), 'x'))
t('format(None, ">5")', lambda: format(None, '>5'))
t('format(None, "")', lambda: format(None, ''))
t('f"{[1, 2]!r:>10}"', lambda: f'{[1, 2]!r:>10}')
'''
)

CASES["format_int"] = (
    PRELUDE
    + '''values = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 1234567, 10**20, -10**20, 2**63, True, False]
specs = ['', 'd', '5', '<5', '^7', '=+8', '+', ' ', '-', '05', '010', ',', '_', '015,', '08,', '010_',
    'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '#_x', '010x', '#010x', 'n', 'c', '*^9',
    '0=8', 'e', '.2f', '%', 'g', '.3e', '>+10,', '#12_b', ',d', '_o', '0<5', 'x^9', '=10']
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
for spec in ['abc', '.2d', ',c', '+c', '#c', 's', ',_', '_,', '.', 'z', '_n', ',x', '99999999999999999999',
             ',n', '=^', 'x<', '\\x01']:
    t('format(1, %r)' % spec, lambda: format(1, spec))
t("format(65, 'c')", lambda: format(65, 'c'))
t("format(0x110000, 'c')", lambda: format(0x110000, 'c'))
t("format(-1, 'c')", lambda: format(-1, 'c'))
t("format(10**30, 'e')", lambda: format(10**30, 'e'))
t("format(10**400, 'e')", lambda: format(10**400, 'e'))
t("format(True, '')", lambda: format(True, ''))
t("format(True, '>6')", lambda: format(True, '>6'))
t("format(True, 's')", lambda: format(True, 's'))
t("f'{12345:,}'", lambda: f'{12345:,}')
t("f'{-12345:_}'", lambda: f'{-12345:_}')
'''
)

CASES["format_float"] = (
    PRELUDE
    + '''values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e16, 1.5e16, 123456.789,
    1e-5, 0.0001, 1.23456789e-7, 3.141592653589793, 1e100, 1.7976931348623157e308, 5e-324,
    float('inf'), float('-inf'), float('nan'), 100.0, 1234567.0, 0.1, 12345678901234567890.0, 9.995,
    99.5, 0.05, -2.5e-9]
specs = ['', 'f', '.0f', '.1f', '.2f', '.10f', '.20f', 'e', '.0e', '.3e', 'E', 'g', '.0g', '.1g',
    '.3g', '.10g', 'G', '#g', '#.3g', '#.0f', '#.0e', '%', '.1%', '.0%', 'n', '.3', '.0', '.1', '.10',
    '#', ',', ',.2f', '_.3f', '015.3f', '+.2f', ' .2e', '=+12.2f', '<12g', '^12.4', '*>12,.1f',
    '010,.1f', 'z.1f', 'z', 'z.0e', '012', '#.3', ',g', 'F', '.3F', '.2E', '0>10.2f']
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), out)
for spec in ['d', 'x', 'c', ',n', 'abc', 's', '.', '_x']:
    t('format(1.5, %r)' % spec, lambda: format(1.5, spec))
print(f'{1e16:,}', f'{0.1:.20f}', format(2.675, '.2f'), '%.3g' % 1234.5, f'{1/3:.5}', f'{2/3!r}')
print(str(1e16), str(1e-5), str(0.1 + 0.2), repr(1e22), str(123456789012345678.0), str(-0.0))
for i in range(1, 30):
    x = i / 7
    print(i, format(x, '.3f'), format(x * 1e10, '.4e'), format(x / 1e6, 'g'), format(x, '.15g'), '%.2f' % (i + 0.125))
for i in range(0, 20):
    x = i * 0.125 + 0.0625
    print(format(x, '.3f'), format(x, '.2f'), format(x, '.1f'), format(x, '.0f'), round(x, 2))
'''
)

CASES["format_str"] = exprs(
    "format('abc', '')", "format('abc', '5')", "format('abc', '>5')", "format('abc', '^6')",
    "format('abc', '*^7')", "format('abc', '.2')", "format('abc', '>5.1')", "format('héllo', '.3')",
    "format('é', '^5')", "format('ab', '05')", "format('ab', '0>5')", "format('abc', 's')",
    "format('abc', '=5')", "format('abc', '+')", "format('abc', '#')", "format('abc', 'd')",
    "format('abc', ',')", "format('abc', 'z')", "format('a', '\\x01')", "format('abc', '<<5')",
    "format('abc', 1)", "f'{\"x\":{\"^\"}{5}}'", "format('', '^3')",
)

CASES["percent"] = (
    PRELUDE
    + '''cases = [('%s', 'x'), ('%s', (1,)), ('%s %s', (1, 2)), ('%r', 'x'), ('%a', 'é'), ('%d', 42),
    ('%d', -42), ('%5d|', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 42), ('% d', 42), ('%.3d', 7),
    ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%o', 8), ('%#o', 8), ('%08.3f', 3.14159),
    ('%f', 1.5), ('%.2f', 2.675), ('%e', 12345.678), ('%.2E', 0.000123), ('%g', 1e-5), ('%g', 123456789.0),
    ('%G', 1e-10), ('%#g', 1.0), ('%.0f', 0.5), ('%.0f', 1.5), ('%c', 65), ('%c', 'z'), ('%%', ()),
    ('100%%', ()), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'abc'), ('%*d', (5, 3)), ('%-*d|', (5, 3)),
    ('%.*f', (2, 3.14159)), ('%*.*f', (8, 2, 3.14159)), ('%(a)s-%(b)d', {'a': 'x', 'b': 2}),
    ('%(a)s', {'a': [1]}), ('%s', {'a': 1}), ('%s', [1, 2]), ('%s', ()), ('%d', True), ('%d', 3.99),
    ('%i', -3.99), ('%u', 7), ('%d', 10**30), ('%x', -10**20), ('%s', None), ('%r', None),
    ('%5.1f%%', 99.44), ('%ld', 5), ('%x', 3.5), ('%d', 'x'), ('%c', 'ab'), ('%c', 1.5), ('%f', 'x'),
    ('%(a)s', 1), ('%s %s', 1), ('%s', (1, 2)), ('%*d', ('x', 1)), ('%s %s', {}), ('%(a)s %(b)s', {'a': 1}),
    ('%', ()), ('%y', 1), ('abc %', 1), ('%5%', ()), ('%5%', (1,)), ('%-5%|', (1,)), ('%c', 0x110000),
    ('%f', float('inf')), ('%05f', float('-inf')), ('%d', float('nan')), ('%d', float('inf')),
    ('%e', 0.0), ('%.3g', 1234.5), ('%10.4g|', 3.14159265), ('%-+8.2f|', 2.5), ('%s', 1.0),
    ('%s', 1e16), ('%r', 0.1), ('%(x)s %(x)r', {'x': 'é'}), ('%(a)s %s', {'a': 1}), ('%é', 1),
    ('%s', b'ab'), ('%d %s', (1, 'a', 2)), ('%.2s|%3c|', ('xyz', 'q')), ('%x', True), ('%o', -8),
    ('%#5x|', 10), ('%#-8o|', 8), ('%+05d', 3), ('% 05d', 3), ('%+ d', 3), ('%0-5d|', 3)]
for f, a in cases:
    t('%r %% %r' % (f, a), lambda: f % a)
'''
)

CASES["str_format"] = (
    PRELUDE
    + '''class P:
    x = 5
    def __init__(self):
        self.items = {'k': 'v', 1: 'one'}
cases = [('{} {}', (1, 2), {}), ('{1} {0}', (1, 2), {}), ('{0} {0}', ('a',), {}), ('{a}-{b}', (), {'a': 1, 'b': 2}),
    ('{0.x}', (P(),), {}), ('{0.items[k]}', (P(),), {}), ('{0.items[1]}', (P(),), {}), ('{0[0]}', ([7],), {}),
    ('{0[-1]}', ({'-1': 5},), {}), ('{a[b]}', (), {'a': {'b': 2}}), ('{:>{}}', ('x', 4), {}),
    ('{:{}{}}', ('x', '>', 4), {}), ('{0:{1}}', (3.14159, '.2f'), {}), ('{!r}', ('x',), {}), ('{!s}', ('x',), {}),
    ('{!a}', ('é',), {}), ('{0!r:>6}', ('x',), {}), ('{{}}', (), {}), ('{{{0}}}', (1,), {}), ('x{{y}}z', (), {}),
    ('{}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{1}', (1,), {}), ('{x}', (), {}),
    ('{!x}', (1,), {}), ('{!r', (1,), {}), ('{!rr}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0.}', (1,), {}),
    ('{0[}', (1,), {}), ('{.real}', (1,), {}), ('{[0]}', ([1],), {}), ('{0.nope}', (1,), {}),
    ('{0[1]}', ({'1': 2},), {}), ('{0[x]}', ([1],), {}), ('{', (), {}), ('}', (), {}), ('{0}}', (1,), {}),
    ('{ 0 }', (), {' 0 ': 1}), ('{-1}', (), {'-1': 5}), ('{0', (), {}), ('{0:', (1,), {}), ('{:{', (1,), {}),
    ('{0:{1}', (1, 2), {}), ('x{0]', (1,), {}), ('{a{b}', (), {}), ('{0!}', (1,), {}), ('{0!', (1,), {}),
    ('{0[0]x}', ([1],), {}), ('{0[]}', ([1],), {}), ('{:d}', ('x',), {}), ('{:,}', (1234567,), {}),
    ('{:_b}', (255,), {}), ('{:%}', (0.25,), {}), ('{0:>{w}.{p}f}', (3.14159,), {'w': 10, 'p': 3}),
    ('{:^{}}', ('é', 5), {}), ('{name!r:^10}', (), {'name': 'ab'}), ('{0.real.imag}', (3,), {}),
    ('{0[a][0]}', ({'a': [9]},), {}), ('{:}', (1,), {}), ('{0:}', ('s',), {}), ('{:5}', (None,), {}),
    ('{:5}', (True,), {}), ('{:5}', ([1],), {}), ('{:{}}', (1, 'xy'), {})]
for i, (f, a, k) in enumerate(cases):
    t('%d: %r' % (i, f), lambda: f.format(*a, **k))
t("'{a}'.format_map({'a': 1})", lambda: '{a}'.format_map({'a': 1}))
t("'{a}'.format_map({})", lambda: '{a}'.format_map({}))
t("'{}'.format_map({})", lambda: '{}'.format_map({}))
t("'{a}'.format_map(1)", lambda: '{a}'.format_map(1))
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
t("'{a} {b}'.format_map(D(a=1))", lambda: '{a} {b}'.format_map(D(a=1)))
t("str.format('{}', 1)", lambda: str.format('{}', 1))
t("'{self}'.format(self=1)", lambda: '{self}'.format(self=1))
'''
)

CASES["fstrings"] = (
    PRELUDE
    + '''x, y, name, pi = 42, -7, 'Ada', 3.14159265
print(f'{x}|{x:5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:#b}')
print(f'{y}|{y:5}|{y:05}|{y:=5}|{y: }|{abs(y):,}')
print(f'{name}|{name:>8}|{name:*^9}|{name!r}|{name!a}|{name:.2}')
print(f'{pi}|{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:g}|{pi:%}|{pi:.0f}')
w, p = 12, 4
print(f'{pi:{w}.{p}f}|{pi:>{w}}|{name:{"^"}{w}}')
print(f'{x!r:>6}|{[1, 2]}|{(1,)}|{ {"a": 1} }|{None}|{True}|{True:d}')
print(f'{x=}', f'{pi=:.2f}', f'{name = }', f'{x*2=}')
print(f'{"nested {braces}"}', f'{{literal}}', f'a{{b}}c{x}d')
print(f'{1e16}|{1e-7}|{123456789.123}|{0.1 + 0.2}|{1/3}|{2.0**70}')
for n in (0, 1, 9, 10, 99, 100, 12345, -1, -12345, 10**18, 2**64):
    print(f'{n:>8}|{n:<8}|{n:,}|{n:_x}|{n:o}|{n:e}|{n:.2%}')
'''
)

CASES["str_misc"] = exprs(
    "str()", "str(42)", "str(1.5)", "str(None)", "str([1, 'a'])", "str(b'ab')", "repr('a\\'b')",
    "repr('a\"b')", "repr('a\\'b\"c')", "repr('\\n\\t\\x00\\x7f\\xe9\\u200b')", "ascii('é€\\U0001f600')",
    "ord('é')", "chr(233)", "'abc'.index('c', -1)", "'a' * 3 + 'b'", "'x'.join(['a'] * 3).upper()",
    "sorted('hello')", "max('hello')", "'abc'.encode().decode()", "'%s' % 'abc'[::-1]", "str(12.0)",
    "'{:,.2f}'.format(1234567.891)", "'Ab'.casefold()", "'  x  '.strip().center(7, '.')",
    "'a1b2'.isalnum()", "'hello world'.count('o', 5)", "'Ää'.lower()", "'mississippi'.rfind('ss', 0, 6)",
    "'mississippi'.split('ss', 1)", "'abcdef'[1:5:2]", "'abc' < 'abd' < 'b'", "str(-0.0)", "str(10**20)",
)

CASES["bytes_basic"] = exprs(
    "b'abc'", "b'a\\x00\\xff'", "bytes(3)", "bytes([65, 66])", "bytes([256])", "bytes(-1)", "bytes('x')",
    "b'abc'.hex()", "b'abc'.hex('-')", "bytes.fromhex('61 62')", "bytes.fromhex('zz')", "b'ab' + b'cd'",
    "b'ab' * 2", "b'abc'[1]", "b'abc'[1:]", "len(b'abc')", "b'b' in b'abc'", "98 in b'abc'",
    "b'a,b'.split(b',')", "b' a b '.split()", "b' a '.strip()", "b'xax'.strip(b'x')", "b','.join([b'a', b'b'])",
    "b'abc'.upper()", "b'ABC'.lower()", "b'abc'.startswith(b'a')", "b'abc'.endswith((b'x', b'c'))",
    "b'abca'.find(b'a', 1)", "b'abca'.rfind(b'a')", "b'abca'.count(b'a')", "b'abc'.replace(b'b', b'X')",
    "b'abc'.index(b'z')", "b'12'.isdigit()", "b'ab'.isalpha()", "b'abc'.decode()", "list(b'ab')",
    "b'abc' == b'abc'", "b'a' < b'b'", "bytes(b'xy')", "b'%d-%s' % (5, b'x')", "b'x'.join([1])",
    "b'abc'.split(b'')", "bytes(range(3))", "b'abc'.title()", "b'a b'.capitalize()", "b'a'.center(5, b'*')",
    "b'ab'.ljust(4)", "b'5'.zfill(3)", "b'a\\tb'.expandtabs(4)", "b'a=b'.partition(b'=')",
    "b'AbC'.swapcase()", "b'  '.isspace()", "b'Ab'.islower()", "b'a'.hex(1)", "hash(b'abc') == hash(b'abc')",
)



def fuzz_format(seed, count):
    """Random format specs and %-conversions over ints, floats and strs (seeded, so stable)."""
    rng = random.Random(seed)
    vals = ['0', '1', '-1', '7', '-42', '255', '1234567', '-9876543210', '10**25', '-(10**25)', 'True',
            '0.0', '-0.0', '1.5', '-2.5', '2.675', '0.1', '1e16', '1e-7', '123456.789', '-0.00012345', '1e300',
            '5e-324', "float('inf')", "float('nan')", "-float('inf')", '3.0', '99.99', '0.5', '1/3', '1e22',
            "'abc'", "''", "'héllo'", "'x'"]
    lines = [PRELUDE]
    for _ in range(count):
        v = rng.choice(vals)
        align = rng.choice(['', '', '<', '>', '^', '='])
        fill = rng.choice(['', '', '*', '0', ' ', '<', 'é', '=']) if align else ''
        spec = (fill + align + rng.choice(['', '', '+', '-', ' ']) + rng.choice(['', '', 'z'])
                + rng.choice(['', '#']) + rng.choice(['', '', '0']) + rng.choice(['', '', '1', '5', '12'])
                + rng.choice(['', '', ',', '_']) + rng.choice(['', '', '.0', '.1', '.3', '.10'])
                + rng.choice(['', '', 'd', 'x', 'X', 'o', 'b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']))
        lines.append("t(%r, lambda: format(%s, %r))\n" % (v + ' ' + spec, v, spec))
        flags = ''.join(rng.sample('-+ #0', rng.randint(0, 2)))
        conv = ('%' + flags + rng.choice(['', '', '5', '12']) + rng.choice(['', '', '.0', '.2', '.5'])
                + rng.choice('sdixXofFeEgGrac'))
        lines.append("t(%r, lambda: %r %% (%s,))\n" % (conv + ' ' + v, conv, v))
    return "".join(lines)


def fuzz_methods(seed, count, as_bytes=False):
    """Random calls of the searching, splitting, stripping and padding methods (seeded); with
    as_bytes, the same over bytes."""
    rng = random.Random(seed)
    strs = ["''", "'a'", "'abc'", "'hello world'", "'  a  b  '", "'aaa'", "'héllo wörld'", "'ééaéé'",
            "'a,b,,c'", "'\\ta\\nb\\r\\nc'", "'ΣΑΣ σ'", "'日本語テキスト'", "'x\\u3000y'", "'AbC dEf'",
            "'-12'", "'a-b_c d'"]
    subs = ["''", "'a'", "'b'", "'é'", "','", "'l'", "'lo'", "' '", "'aa'", "'本'", "'z'", "None"]
    if as_bytes:
        strs = ["b" + x for x in strs if x.isascii()] + [r"b'\xff\x00a'"]
        subs = [x if x == "None" else "b" + x for x in subs if x.isascii()] + ["97", "'a'"]
    ints = ['0', '1', '2', '-1', '-3', '5', '100', 'None', '-100']
    lines = [PRELUDE]
    for _ in range(count):
        s = rng.choice(strs)
        r = rng.random()
        if r < 0.45:
            m = rng.choice(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'])
            args = [rng.choice(subs)] + [rng.choice(ints) for _ in range(rng.randint(0, 2))]
        elif r < 0.6:
            m = rng.choice(['split', 'rsplit'])
            args = [rng.choice(subs + ['None'])] if rng.random() < 0.7 else []
            if rng.random() < 0.5:
                args.append(rng.choice(ints))
        elif r < 0.7:
            m = rng.choice(['strip', 'lstrip', 'rstrip'])
            args = [rng.choice(subs + (["b'ab'"] if as_bytes else ["'ab'", "'é '"]))] if rng.random() < 0.6 else []
        elif r < 0.8:
            m = rng.choice(['center', 'ljust', 'rjust', 'zfill'])
            args = [rng.choice(['0', '3', '8', '11', '-2'])]
            if m != 'zfill' and rng.random() < 0.5:
                args.append(rng.choice(["b'*'", "b'-'"] if as_bytes else ["'*'", "'é'"]))
        elif r < 0.9:
            m = 'replace'
            args = [rng.choice(subs[:-1]), rng.choice(["b'X'", "b''"] if as_bytes else ["'X'", "''", "'éé'"])]
            if rng.random() < 0.5:
                args.append(rng.choice(ints[:-2]))
        else:
            m = rng.choice(['partition', 'rpartition', 'upper', 'lower', 'title', 'swapcase', 'capitalize',
                            'splitlines', 'expandtabs', 'isalpha', 'isupper']
                           + ([] if as_bytes else ['casefold', 'istitle']))
            args = [rng.choice(subs[1:-1])] if m.endswith('partition') else []
        call = '%s.%s(%s)' % (s, m, ', '.join(args))
        lines.append("t(%r, lambda: %s)\n" % (call, call))
    return "".join(lines)


CASES["fuzz_format_1"] = fuzz_format(1, 300)
CASES["fuzz_format_2"] = fuzz_format(2, 300)
CASES["fuzz_methods_1"] = fuzz_methods(1, 400)
CASES["fuzz_methods_2"] = fuzz_methods(2, 400)
CASES["fuzz_bytes_methods"] = fuzz_methods(3, 500, as_bytes=True)
def fuzz_round(seed, count):
    """round(x, n) for random floats and digits: half-even on the exact binary value."""
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        k = rng.random()
        if k < 0.4:
            x = rng.uniform(-1e6, 1e6)
        elif k < 0.7:
            x = rng.choice([-1, 1]) * 10 ** rng.uniform(-10, 40)
        else:
            x = round(rng.uniform(-1e5, 1e5)) + rng.choice([0.5, 0, 0.25, 50, 500, 5000])
        lines.append("print(repr(round(%r, %d)))\n" % (x, rng.randint(-12, 10)))
    return "".join(lines)


CASES["fuzz_round"] = fuzz_round(1, 400)
CASES["number_parsing"] = exprs(
    "int(' 42 ')", "int('0x1f', 16)", "int('1_000')", "int('12a')", "int('')", "int('٣')", "int('0b101', 0)",
    "int('z', 36)", "float(' 1.5e3 ')", "float('inf')", "float('-nan')", "float('1_0.5')", "float('abc')",
    "float('')", "int('  -7\\n')", "int(3.9)", "int('3.9')", "float('  .5')", "float('1e500')",
    "len(str(int('9' * 4000)))", "int('9' * 5000)", "float('0x10')", "float('１２')", "int('\\u3000४२\\xa0')",
    "int('٣', 16)", "float('٣.٥')",
)
CASES["str_constructor"] = exprs(
    "str(b'h\\xc3\\xa9', 'utf-8')", "str(b'\\xff', 'utf-8')", "str(b'\\xff', 'utf-8', 'replace')",
    "str(b'abc', encoding='ascii')", "str(b'\\xe9', 'latin-1')", "str(b'x', errors='strict')", "str(b'x')",
    "str(b'x', 'nope')", "str('a', 'utf-8')", "str(1, 'utf-8')",
)

def generate(check):
    os.makedirs(ROOT, exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    stale = 0
    for name, source in sorted(CASES.items()):
        source = '"""Generated by scripts/python_vm_strings_gen.py: %s."""\n' % name.replace("_", " ") + source
        py = os.path.join(ROOT, name + ".py")
        out = os.path.join(ROOT, name + ".out")
        for path, text in [(py, source)]:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                stale += 1
                if check:
                    print("stale:", path)
                else:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
        if check:
            continue
        r = subprocess.run([sys.executable, name + ".py"], cwd=ROOT, env=env, capture_output=True)
        if r.returncode != 0:
            print("warning: %s exited with %d:\n%s" % (name, r.returncode, r.stderr.decode()), file=sys.stderr)
        with open(out, "wb") as f:
            f.write(r.stdout)
    return stale


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    n = generate(check)
    if check and n:
        sys.exit(1)
    print("%d case(s) %s" % (len(CASES), "checked" if check else "written"))
