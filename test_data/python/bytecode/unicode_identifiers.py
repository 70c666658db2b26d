café = 1
ñame = "x"
def función(α, β=2):
    return α + β
print(café, ñame, función(1))
