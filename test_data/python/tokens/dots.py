a.b.c
x = ...
y = ..
z = ....
w = .5 + 5. + a.real
from . import x
from .. import y
from ...z import w
q[...]
