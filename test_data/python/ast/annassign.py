x: int
y: list[int] = []
(z): str = 'a'
obj.attr: int = 1
d['k']: float
