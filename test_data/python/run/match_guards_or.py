"""match: guards, or-patterns, as-bindings and evaluation order."""
def classify(n):
    match n:
        case x if x < 0:
            return "negative"
        case 0 | 1 as small:
            return f"small {small}"
        case x if x % 2 == 0:
            return "even"
        case _:
            return "odd"
print([classify(n) for n in [-3, 0, 1, 2, 3, 10]])
def calc(expr):
    match expr:
        case ("+", a, b):
            return calc(a) + calc(b)
        case ("*", a, b):
            return calc(a) * calc(b)
        case ("-", a):
            return -calc(a)
        case int() | float() as v:
            return v
        case _:
            raise ValueError(f"bad expression {expr!r}")
print(calc(("+", 1, ("*", 2, ("-", 3)))))
try:
    calc(("/", 1, 2))
except ValueError as e:
    print("ValueError:", e)
match [1, 2]:
    case [1, *rest] as whole:
        print("starts with 1:", rest, whole)
