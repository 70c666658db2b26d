"""Stripping and padding strings: strip, ljust, rjust, center, zfill, expandtabs."""
s = "   padded\t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."))
print(repr("hi".ljust(6)), repr("hi".rjust(6, "*")), repr("hi".center(7, "-")), repr("hi".center(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
for name, price in [("apple", 1.5), ("banana", 0.25), ("cherry", 10)]:
    print(name.ljust(10, ".") + str(price).rjust(6))
