"""Single inheritance: overriding, extending, isinstance and issubclass."""
class Shape:
    name = "shape"
    def __init__(self, label):
        self.label = label
    def area(self):
        return 0
    def describe(self):
        return f"{self.label}: {self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rectangle"
    def __init__(self, label, w, h):
        super().__init__(label)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, label, side):
        super().__init__(label, side, side)
class Circle(Shape):
    name = "circle"
    def __init__(self, label, r):
        Shape.__init__(self, label)
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape("s"), Rect("r", 2, 3), Square("q", 4), Circle("c", 1)]
for s in shapes:
    print(s.describe())
sq = shapes[2]
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Circle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Circle, (Rect, Shape)))
print(Square.__bases__, Square.__mro__)
print(Square.__base__.__name__, type(sq).__mro__[1].__name__)
print(isinstance(3, (str, int)), issubclass(bool, (int,)))
