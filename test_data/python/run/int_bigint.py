"""Arbitrary-precision integers: factorials, powers, division and conversions."""
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(factorial(50))
big = 2 ** 100
print(big, big - 1, -big)
print(big // 3, big % 1000007)
print(divmod(-big, 12345678901))
print(3 ** 200 // 7 ** 50)
print(len(str(factorial(100))))
print(sum(int(d) for d in str(2 ** 1000)))
x = 123456789012345678901234567890
print(x * x)
print(x + 1 == 123456789012345678901234567891)
print(x > 2 ** 64, -x < -(2 ** 64))
print(hex(2 ** 70), bin(2 ** 65), oct(8 ** 25))
print(int("9" * 40) + 1)
print((10 ** 30) // (10 ** 15), 10 ** 30 / 10 ** 15)
print(2 ** 64 & (2 ** 64 - 1), (2 ** 64) | 1, (2 ** 80) >> 70, 1 << 90)
print(-(2 ** 70) >> 3, ~(2 ** 70))
print(abs(-(10 ** 25)), pow(2, 100, 10 ** 9 + 7))
fibs = [0, 1]
while len(fibs) < 120:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1])
print(int(1e20), int(-1.5e19))
