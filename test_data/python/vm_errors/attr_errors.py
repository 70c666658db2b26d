"""AttributeError messages and suggestions for modules, types and instances."""
import math
for f in [lambda: math.sqr, lambda: str.uper, lambda: [].apend, lambda: (1).real2, lambda: None.foo]:
    try:
        f()
    except AttributeError as e:
        print(e)
import sys
sys.exitt(1)
