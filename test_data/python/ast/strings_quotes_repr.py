a = "it's"
b = '"quoted"'
c = 'both \' and "'
d = '\x00\x7f\x80\xff'
e = '\u2028 \u00a0 \ud800'
