s = f'{f"{x}"}'
t = f'{"a" if x else "b"}'
u = f'{[y for y in z]}'
v = f'{ {1: 2}[1] }'
