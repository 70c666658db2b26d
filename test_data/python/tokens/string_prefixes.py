a = 'x', "x"
b = b'x', B'x', r'x', R'x', u'x', U'x', f'x', F'x'
c = br'x', bR'x', Br'x', BR'x', rb'x', rB'x', Rb'x', RB'x'
d = fr'x', fR'x', Fr'x', FR'x', rf'x', rF'x', Rf'x', RF'x'
e = ub'x', bu'x', ur'x', fb'x'
g = rb'''x''', F"""y""", u'''z'''
h = '' "" '''''' """"""
i = 'it\'s', "say \"hi\"", '\\'
