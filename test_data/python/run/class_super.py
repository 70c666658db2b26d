"""super() in methods, class methods and with explicit arguments."""
class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self):
        return "hello from Base"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def greet(self):
        return super().greet().upper() + " via Child"
    @classmethod
    def create(cls):
        return "child " + super().create()
class GrandChild(Child):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append("GrandChild (skipped Child)")
    def greet(self):
        return super(GrandChild, self).greet() + "!"
print(Child().log, Child().greet(), Child.create())
g = GrandChild()
print(g.log, g.greet(), GrandChild.create())
print(super(GrandChild, g).greet())
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(WithNew(1, 2).args)
