match p:
    case {'x': 1, 'y': y, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Cls():
        pass
    case {mod.KEY: v}:
        pass
