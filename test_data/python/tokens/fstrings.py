name = "world"
a = f"hello {name}"
b = f'{a!r:>{10}}'
c = f"{'nested'}" f"{ {1: 2}[1] }"
d = rf"\d{name}"
e = f"""multi
{name}
line"""
g = f'{x["key"]}'
