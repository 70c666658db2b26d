a = $b
c = d?
e = `f`
g = 1 !
h = 'unclosed
i = "also
j = \ k
