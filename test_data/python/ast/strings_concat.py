a = 'a' 'b' 'c'
b = ('multi'
     'line'
     'concat')
c = u'x' 'y'
d = b'a' b'b'
