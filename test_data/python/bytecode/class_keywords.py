class Meta(type):
    pass

class A(metaclass=Meta):
    pass

class B(A, object):
    pass

bases = (object,)
class C(*bases):
    pass
