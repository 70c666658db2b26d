"""Cooperative multiple inheritance: super() follows the MRO through every class once."""
class Base:
    def __init__(self, **kw):
        print("Base.__init__", kw)
    def save(self):
        return ["Base"]
class Timestamped(Base):
    def __init__(self, stamp=0, **kw):
        print("Timestamped.__init__", stamp)
        self.stamp = stamp
        super().__init__(**kw)
    def save(self):
        return ["Timestamped"] + super().save()
class Tagged(Base):
    def __init__(self, tag="", **kw):
        print("Tagged.__init__", tag)
        self.tag = tag
        super().__init__(**kw)
    def save(self):
        return ["Tagged"] + super().save()
class Document(Timestamped, Tagged):
    def __init__(self, title, **kw):
        print("Document.__init__", title)
        self.title = title
        super().__init__(**kw)
    def save(self):
        return ["Document"] + super().save()
d = Document("doc", stamp=5, tag="x")
print(d.save(), d.stamp, d.tag)
print([c.__name__ for c in Document.__mro__])
class Mixin:
    def describe(self):
        return f"I am {type(self).__name__} with {self.data()}"
class Thing(Mixin):
    def data(self):
        return 42
print(Thing().describe())
