"""An uncaught OverflowError from math.exp."""
import math
print(math.exp(10))
print(math.exp(1000))
