s = f'{x:>10}'
t = f'{x:{width}.{precision}f}'
u = f'{x:}'
v = f'{x!r:^{w}}'
