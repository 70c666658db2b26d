def f(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return x + y
        case [first, *rest]:
            return first, rest
        case (a, b, *_, c):
            return a, b, c

print(f([1, 2, 3]))
