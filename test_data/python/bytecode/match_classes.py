class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y={y}"
        case Point(x, 0):
            return f"x={x}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case int() | float() as n:
            return n
        case _:
            return "elsewhere"

print(where(Point(1, 1)))
