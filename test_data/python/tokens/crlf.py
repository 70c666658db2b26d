x = 1
if x:
    y = 'a\
b'
    z = (1,
         2)
# c

w = 1 + \
    2
s = '''one
two'''
