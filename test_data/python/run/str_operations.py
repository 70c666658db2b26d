"""String concatenation, repetition, membership, comparison and iteration."""
a = "foo"
b = "bar"
print(a + b, a * 2 + b, (a + " ") * 3)
print("oo" in a, "x" not in b, a < b, a == "f" + "oo", sorted([b, a, "Baz"]))
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
print(list("hi"), tuple("ab"), set("aa"), dict.fromkeys("ab", 0))
print(len(""), len("four"), "".join([]), str() == "")
s = ""
for i in range(5):
    s += str(i)
print(s, s[::-1], int(s) + 1)
print(max(["apple", "Banana", "cherry"], key=len), min(["bb", "a", "ccc"], key=len))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print("abc".__len__(), "x".__add__("y"), "ab".__mul__(2), "ab".__contains__("b"))
print(str.upper("lower"), str.join("+", "abc"))
