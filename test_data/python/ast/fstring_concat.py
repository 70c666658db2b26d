s = 'a' f'{b}' 'c' f'd{e}f'
t = f'{x}' 'y'
u = f'' ''
v = f'{{literal}}' f'{x}'
