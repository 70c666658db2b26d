"""An uncaught AttributeError on a user class, with CPython's 'Did you mean' suggestion."""
class User:
    def __init__(self, name):
        self.name = name
        self.email = name + "@example.org"

u = User("ann")
print(u.name)
print(u.emial)
