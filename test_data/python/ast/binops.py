r = a + b - c * d / e // f % g ** h @ m
s = a << 1 >> 2 & 3 | 4 ^ 5
