s = "  Hello, World  "
print(s.strip().lower().split(","))
print(s.startswith("  H"), s.find("o"), s.count("l"))
print("".join(reversed(s)))
words = s.split()
print(len(words), words[0][::-1])
