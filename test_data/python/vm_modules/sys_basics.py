import sys
print(sys.maxsize, sys.byteorder, sys.platform, sys.version_info[:2], sys.version_info.major)
print(sys.getrecursionlimit(), type(sys.argv), sys.argv[0])
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write('written\n')
print('float max', sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print('modules' , 'sys' in sys.modules, sys.maxunicode, sys.implementation.name == 'cpython' or True)
sys.exit(3)
