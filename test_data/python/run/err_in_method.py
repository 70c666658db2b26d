"""An exception inside a method called through another method."""
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def cell(self, r, c):
        return self.rows[r][c]

    def trace(self):
        return sum(self.cell(i, i) for i in range(3))

m = Matrix([[1, 2], [3, 4]])
print(m.cell(1, 1))
print(m.trace())
