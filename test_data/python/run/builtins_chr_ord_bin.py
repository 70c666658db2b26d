"""Conversions between characters, code points and number bases."""
for c in "Az09 ~é€":
    print(repr(c), ord(c), hex(ord(c)), bin(ord(c)))
print("".join(chr(c) for c in range(65, 91)))
print(chr(0x1F600) == "\U0001F600", len(chr(0x10FFFF)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
for n in (0, 1, 5, 255, 1024, -42):
    print(n, bin(n), oct(n), hex(n), format(n, "08b") if n >= 0 else "neg")
print(int(bin(99), 2), int(hex(99), 16), int(oct(99), 8))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
