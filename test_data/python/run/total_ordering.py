"""functools.total_ordering fills in the missing comparison methods."""
from functools import total_ordering
@total_ordering
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __eq__(self, other):
        return self.grade == other.grade
    def __lt__(self, other):
        return self.grade < other.grade
    def __repr__(self):
        return self.name
a, b, c = Student("ann", 90), Student("bob", 85), Student("cat", 90)
print(a > b, a >= c, b <= a, a == c, b != c)
print(sorted([a, b, c]), max([b, a, c]), min(a, b))
