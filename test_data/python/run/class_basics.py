"""Classes: __init__, instance attributes, methods and class attributes."""
class Dog:
    species = "Canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def description(self):
        return f"{self.name} is {self.age} years old"
    def speak(self, sound="Woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.description(), "|", fido.speak("Grr"), "|", rex.speak())
print(rex.birthday().birthday().age, Dog.count, rex.species, Dog.species)
rex.species = "custom"
print(rex.species, fido.species, Dog.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(fido, Dog), Dog.__name__)
print(rex.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(Dog.description(fido), getattr(rex, "name"), hasattr(rex, "tail"))
rex.tail = True
print(rex.tail, vars(rex))
method = fido.speak
print(method(), method.__self__.name, method.__func__ is Dog.speak)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, Empty.__bases__)
