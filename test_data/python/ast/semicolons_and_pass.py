a = 1; b = 2; pass
if x: y = 1; z = 2
while 0: break
