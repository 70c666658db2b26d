"""Rich comparisons: __lt__ and friends, reflected comparisons, sorting custom objects."""
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v
print(OnlyLt(1) > OnlyLt(2))
print(sorted([OnlyLt(3), OnlyLt(1)], key=lambda o: o)[0].v)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1") < 3
except AttributeError as e:
    print("AttributeError:", e)
