"""Indexing and slicing strings with positive, negative and stepped slices."""
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[:5], s[7:], s[-6:-1], s[:], s[::2], s[1::3])
print(s[::-1], s[-1:-6:-1], s[5:0:-1], s[100:], s[-100:3])
print(s[3:3], repr(s[10:2]), len(s[::-2]))
word = "racecar"
print(word == word[::-1], "python"[::-1])
print(s[slice(0, 5)], s[slice(None, None, -3)])
for i in range(0, len(s), 4):
    print(repr(s[i:i + 4]))
print("abc" * 3, 3 * "ab", "-" * 0 == "")
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
