"""Searching in strings: find, rfind, index, count, startswith, endswith, in."""
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("g", 0, 10))
print("fox" in s, "cat" not in s, "" in s)
print(s.find("o", 20, 30), s.count("o", 0, 15))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("abc".find(""), "abc".rfind(""), "".find(""))
print("hello"[1:].startswith("ell"), "banana".rpartition("an"))
