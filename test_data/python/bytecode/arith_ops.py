x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(x << 1, x >> 1, x & y, x | y, x ^ y, ~x, -x, +x)
z = x @ y if False else 0
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 2
x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 9
