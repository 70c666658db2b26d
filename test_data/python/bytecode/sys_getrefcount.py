import sys

x = []
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
