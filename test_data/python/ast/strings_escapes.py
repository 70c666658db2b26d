a = 'tab\there\nnew'
b = '\x41\u00e9\U0001F600\101'
c = '\N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}'
d = 'back\\slash \q unknown'
e = 'line\
continued'
