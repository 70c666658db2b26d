"""Building strings with +=, join, format and lists of parts."""
rows = []
for i in range(1, 6):
    rows.append(" ".join(f"{i * j:3d}" for j in range(1, 6)))
print("\n".join(rows))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + ";"
print(s)
parts = []
for n in range(10):
    parts.append(str(n * n))
print(",".join(parts), len(",".join(parts)))
def box(text):
    width = len(text) + 2
    return "+" + "-" * width + "+\n| " + text + " |\n+" + "-" * width + "+"
print(box("deepdive"))
def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, numeral in table:
        while n >= value:
            out += numeral
            n -= value
    return out
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
