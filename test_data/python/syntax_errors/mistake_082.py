def f(self, x y): pass
