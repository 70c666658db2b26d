def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "yes"
        case -1:
            return "minus one"
        case 1.5 | 2j:
            return "odd number"
        case _:
            return "other"

print(describe(2))
