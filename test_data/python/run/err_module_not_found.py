"""An uncaught ModuleNotFoundError importing a module that does not exist."""
import math
print(math.floor(2.5))
import numpy_that_does_not_exist
