"""Unicode strings: code points, ord/chr, lengths and escapes."""
s = "naïve café ☕ 日本"
print(s, len(s))
print([ord(c) for c in "aé☕"], chr(65), chr(0x263A), chr(128512))
print(s.upper(), s[6:10], s[::-1])
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043")
print(repr("tab\there"), repr("nl\n"), repr("quote'"), repr('dq"'), repr("both'\""))
print(repr("\x00\x7f\x80\xff"), repr("é☕"), ascii("é☕"))
print("日本語".encode("utf-8") if False else "encode skipped")
print(sorted("hello wörld"), max("aé"), min("zZ"))
print("ABC".lower(), "straße".upper(), len("straße".upper()))
print(str(123), str(-4.5), str([1, "a"]), str({"k": (1,)}))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("\\n is a backslash n", r"raw\n", len(r"\n"))
