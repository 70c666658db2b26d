match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
