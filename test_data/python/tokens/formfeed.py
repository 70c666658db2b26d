import os

if x:
      y = 1

    a=b
