"""A __repr__ that calls itself through an f-string, printed once at module level."""
class Loop:
    def __repr__(self):
        return f"Loop({self!r})"
print(Loop())
