import sys
print(sys.intern('abc'), sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.get_int_max_str_digits())
print(sys.float_info.dig, sys.float_info, sys.int_info)
print(sys.version_info >= (3, 8), sys.version_info[0], tuple(sys.version_info)[:3], sys.hexversion > 0)
print(sys.flags.optimize, sys.flags.hash_randomization, sys.executable != '', type(sys.path).__name__)
print(sys.stdout.write('x') , file=sys.stderr)
print('to stderr', file=sys.stderr)
sys.stderr.write('err line\n')
print(sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, tb is not None)
sys.exit('fatal: bye')
