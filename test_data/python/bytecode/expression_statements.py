1
"string"
x = 2
x
x + 1
None
...
print
