match = 1
case = 2
match(x)
match[0]
match.attr = 3
_ = match
print(match, case)
