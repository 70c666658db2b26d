class Outer:
    x = 1

    class Inner:
        y = 2

        def m(self):
            return self.y

    def method(self):
        class Local:
            pass
        return Local

print(Outer.Inner().m())
