"""An uncaught ZeroDivisionError from integer modulo, in an expression spanning several terms."""
a = 10
b = 0
print(a // 3)
result = a + a % b * 2
