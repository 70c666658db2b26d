"""Case methods of str: upper, lower, title, capitalize, swapcase, casefold."""
words = ["hello world", "PYTHON rocks", "mIxEd CaSe", "it's o'neil", "ßtraße", "123abc def"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print("Straße".casefold(), "Straße".lower())
print("hello".upper().lower() == "hello")
print("Title Case Here".istitle(), "not Title".istitle())
print("ABC".isupper(), "abc".islower(), "aBc".isupper(), "123".isupper())
print("é".upper(), "ǅ".lower(), "ǆ".title())
