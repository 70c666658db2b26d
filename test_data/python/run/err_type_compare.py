"""An uncaught TypeError comparing incompatible types while sorting."""
mixed = [3, "two", 1]
print(sorted(mixed))
