class A:
    def m(self, x):
        return x * 2

a = A()
print(a.m(3))
s = "hello"
print(s.upper(), s.replace("l", "L"), "-".join(["a", "b"]))
print(a.m(x=4))
