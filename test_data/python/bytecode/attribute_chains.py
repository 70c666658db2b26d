import os.path

print(os.path.join("a", "b"))
class A:
    class B:
        class C:
            v = 1
print(A.B.C.v)
obj = A()
obj.x = A.B()
obj.x.y = 3
print(obj.x.y)
