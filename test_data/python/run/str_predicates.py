"""The is* predicates of str."""
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n", "½", "²", "١٢٣", "Hello World", "hello_world", "_x1", "1x", "class"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(), t.isspace(), t.isidentifier(), t.islower(), t.isupper(), t.istitle())
print("abc".isascii(), "é".isascii(), "\x7f".isprintable(), "ab".isprintable())
