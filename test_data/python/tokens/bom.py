x = 'café'
print(x)
