"""The math module: roots, powers, logs, trig, rounding, gcd, factorial and friends."""
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 10), math.tan(math.pi / 4))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.modf(3.5), math.frexp(8))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.dist((0, 0), (3, 4)))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
