s = 'abc\
def\
ghi'
t = "one\
  two" + 'x'
u = 1
