"""An uncaught NotImplementedError from an abstract-style base method."""
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

class Square(Shape):
    def __init__(self, s):
        self.s = s

print(Square(2).area())
