class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @staticmethod
    def zero():
        return 0

    @classmethod
    def make(cls):
        return cls()

t = Temp.make()
t.celsius = 5
print(t.celsius, Temp.zero())
