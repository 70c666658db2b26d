from functools import cached_property, singledispatch
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
c.area = 5
print(c.area)
del c.__dict__['area']
print(c.area)
@singledispatch
def show(x):
    return f'object {x!r}'
@show.register(int)
def _(x):
    return f'int {x}'
@show.register
def _(x: list):
    return f'list of {len(x)}'
print(show(3), show([1, 2]), show('s'), show(True), show.__name__)
try:
    show()
except TypeError as e:
    print(e)
