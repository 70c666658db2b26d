"""repr() of strings chooses quotes and escapes control characters."""
samples = ["plain", "it's", 'say "hi"', "it's \"both\"", "\n\t\r", "\\", "\a\b\f\v", "\x1b[0m", "\u200b", "\ud800" if False else "ok"]
for s in samples:
    print(repr(s))
print(repr(["a", "b'c"]), repr(("x",)), repr({"k": "v'"}))
print(str(["a\n"]), [repr("x")])
print(repr("日本"), repr("\u0301"), repr("\xa0"), repr("\xad"))
