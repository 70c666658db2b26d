x = [1,
# comment at column 0
    2]
y = 1 + \
    2  # trailing
