match p:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case a, *_:
        pass
    case []:
        pass
    case ():
        pass
    case [*_]:
        pass
    case (x,):
        pass
