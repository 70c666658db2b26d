x = 'abc
y = "def
z = 'ok'
w = '
