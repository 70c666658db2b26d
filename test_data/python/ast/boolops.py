r = a and b or c and not d
s = a or b or c
