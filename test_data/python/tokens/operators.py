a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f ~ g
a < b > c <= d >= e == f != g
a = 1; a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a @= b; a &= b; a |= b; a ^= b; a >>= b; a <<= b
x[1:2, ::3]; f(*a, **k); {1: 2}
(y := 10)
def f() -> int: ...
a<>b; a!b; a=>b; a=<b; a->b; a-->b
