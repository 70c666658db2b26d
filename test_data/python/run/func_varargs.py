"""*args collects extra positional arguments into a tuple."""
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def join(sep, *parts):
    return sep.join(str(p) for p in parts)
print(join("-", 1, 2, 3), join(", "))
values = [4, 5, 6]
print(total(*values), total(*values, *range(2)), head_tail(*"abc"))
def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(describe(1, "two", x=3))
def maxof(a, *others):
    best = a
    for o in others:
        if o > best:
            best = o
    return best
print(maxof(3), maxof(3, 9, 2))
