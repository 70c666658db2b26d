"""Bitwise operators on ints, including negative numbers and shifts."""
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(-12 & 7, -12 | 7, -12 ^ 7)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-5).bit_length())
print(bin(-5), hex(-255), oct(-8))
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
print([n for n in range(20) if n & (n - 1) == 0])
x = 0xDEADBEEF
print(x, (x >> 16) & 0xFFFF, x & 0xFF)
print(int("ff", 16), int("777", 8), int("101", 2), int("0x1f", 0), int("z", 36))
print(True & False, True | False, True ^ True)
count = 0
n = 0b1011011101
while n:
    count += n & 1
    n >>= 1
print("ones:", count, bin(0b1011011101).count("1"))
