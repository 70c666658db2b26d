"""printf-style formatting with the % operator."""
print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d %i %5d %-5d| %05d %+d" % (7, 8, 9, 10, 11, 12))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 2.71828, 1.5, 2.5, 12345.678, 0.000123, 1e-10, 1e20))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%r %s" % ("quoted", "plain"), "%c%c" % (72, "i"))
print("100%% sure", "%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%*d|%-*d|" % (5, 42, 5, 42), "%.*f" % (2, 3.14159))
print("%s" % None, "%d" % True, "%d" % 3.99, "%s %s" % (1.0, 1e16))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
