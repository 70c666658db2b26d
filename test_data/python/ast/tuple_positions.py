x = 1,
y = 1, 2,
for i, j in k: pass
return_ = (1, 2)
