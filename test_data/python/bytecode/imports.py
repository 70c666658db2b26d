import os
import os.path
import collections.abc as cabc
from math import sqrt, pi as PI
from . import sibling
from ..parent import thing
from os import *
print(os, sqrt, PI, cabc)
