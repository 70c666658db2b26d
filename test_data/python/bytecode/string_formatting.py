name = "x"
n = 3
print("%s has %d items" % (name, n))
print("{} and {}".format(name, n))
print("{0}{1}{0}".format("a", "b"))
print("%(a)s" % {"a": 1})
