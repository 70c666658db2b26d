with open(f) as fh:
    pass
with a, b as c:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
