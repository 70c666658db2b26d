"""Parts of the sys module: argv, recursion limit, maxsize, version_info, stdout, modules."""
import sys
print(sys.argv)
print(sys.getrecursionlimit(), sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.byteorder, type(sys.modules).__name__, "sys" in sys.modules, __name__ in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon)
sys.stdout.write("via sys.stdout\n")
sys.stderr.write("to stderr\n")
print(sys.platform == "linux")
def depth(n):
    return depth(n + 1) if n < 50 else n
print(depth(0))
