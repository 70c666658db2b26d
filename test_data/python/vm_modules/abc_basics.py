from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), type(Shape).__name__)
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Half.__abstractmethods__)
class Animal(metaclass=ABCMeta):
    @abstractmethod
    def speak(self): ...
class Dog(Animal):
    def speak(self):
        return 'woof'
print(Dog().speak(), issubclass(Dog, Animal))
try:
    Animal()
except TypeError as e:
    print(e)
