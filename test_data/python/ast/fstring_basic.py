name = 'x'
s = f'hello {name}!'
t = f"{a} {b} {c}"
