"""Text processing: word wrapping, capitalization and a palindrome check."""
text = "the quick brown fox jumps over the lazy dog and keeps running far away into the hills"
def wrap(words, width):
    lines, line = [], ""
    for w in words.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines
for l in wrap(text, 24):
    print(f"|{l:<24}|")
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]:
    print(is_palindrome(s), s)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, text.count("the"), text.title()[:20])
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, len(text) - vowels - text.count(" "))
