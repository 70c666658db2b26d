"""match with mapping patterns, class patterns and __match_args__."""
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extras={rest}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mod": "ctrl"}, {"type": "scroll"}, [1]]:
    print(handle(e))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y) if x > 0:
            return f"right side {x},{y}"
        case Circle(center=Point(x, y), r=r):
            return f"circle at {x},{y} r={r}"
        case Point():
            return "some point"
        case int() | float() as num:
            return f"number {num}"
    return "unknown"
print([where(o) for o in [Point(0, 0), Point(0, 5), Point(2, 3), Point(-1, 1), Circle(Point(1, 1), 2), 3, 2.5, "s"]])
