"""math constants and floating point helpers."""
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.isnan(math.nan))
from math import pi, sqrt
print(round(pi, 5), sqrt(pi) ** 2)
area = lambda r: pi * r * r
print([round(area(r), 3) for r in range(4)])
print(math.ulp(1.0) if hasattr(math, "ulp") else "no ulp")
