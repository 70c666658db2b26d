"""str.replace, translate-like loops, partition and simple templating."""
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"), "|", s.replace("fish", "cat", 2), "|", s.replace("", "-")[:12])
print("aaa".replace("a", "aa"), "abc".replace("x", "y"), "".replace("", "z"))
template = "Dear NAME, your order ORDER ships DAY."
for k, v in {"NAME": "Ann", "ORDER": "#42", "DAY": "Monday"}.items():
    template = template.replace(k, v)
print(template)
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table))
print("hello world".title().replace(" ", ""))
vowels = "aeiou"
print("".join("*" if c in vowels else c for c in "education"))
line = "user:pass:uid"
user, _, rest = line.partition(":")
print(user, rest)
print("a.b.c".rsplit(".", 1), "x".center(5, "=").replace("=", "-"))
