"""match with sequence patterns, star captures and nested patterns."""
def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", *items, last]:
            return f"dropping {items} then {last}"
        case [single]:
            return f"single word {single}"
        case _:
            return "unknown"
for c in ["", "go north", "pick up key lamp", "pick up", "drop a b c", "look", "a b"]:
    print(repr(c), "->", describe(c))
def shape(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case (x, y) if x == y:
            return "diagonal"
        case [x, y, *_]:
            return f"point {x},{y} with extras"
        case (a, (b, c)):
            return "nested"
    return "nope"
print([shape(p) for p in [(0, 0), (3, 0), (0, 4), (2, 2), [1, 2, 3], (1, 5), "ab"]])
