import math

print(math.sqrt(16), math.pi, math.floor(2.5), math.gcd(12, 18), math.inf > 1e308)
print(math.isclose(0.1 + 0.2, 0.3), math.factorial(10), math.log(math.e))
