class O:
    v = 1
o = O()
o.v += 1
l = [1, 2]
l[0] *= 5
g = 10
def f():
    global g
    g -= 1
    loc = 1
    loc <<= 2
    return loc
