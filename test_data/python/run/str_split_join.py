"""Splitting and joining strings."""
print("a,b,,c".split(","), "a b  c ".split(), "  lead and trail  ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "abc".split("abc"))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("hello")), ", ".join(str(i) for i in range(5)))
print(" ".join("one two three".split()[::-1]))
print("key=value=more".partition("="), "no-sep".partition("="), "a=b=c".rpartition("="))
csv = "name,age\nalice,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *data = rows
print([dict(zip(header, r)) for r in data])
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
