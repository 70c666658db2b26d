"""Integer arithmetic: the operators, precedence and floor semantics."""
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, 2 ** 10, (-2) ** 3)
print(2 ** -1, 10 ** 0)
print(-7 // 2, -7 % 2, 7 // -2)
print(divmod(17, 5), divmod(-17, 5))
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3)
print(-3 ** 2, (-3) ** 2)
print(+a, -a, ~a)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
print(abs(-42), pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(int("42") + int("-7"), int(3.99), int(-3.99))
print(round(7 / 2), round(5 / 2), round(-2.5))
print(0 == -0, 5 // 1, 0 ** 0)
