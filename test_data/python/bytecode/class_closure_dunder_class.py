class A:
    def f(self):
        return __class__

    def g(self):
        return super()

class B(A):
    def g(self):
        return super().g()
