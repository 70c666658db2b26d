class Base(Exception):
    def __str__(self):
        return "base: " + super().__str__()

class Child(Base):
    pass

def risky(n):
    if n:
        raise Child("boom")

try:
    risky(1)
except Base as e:
    print(e)
finally:
    print("done")
