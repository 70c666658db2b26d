"""Subscript carets (~^^^) for a missing dict key; KeyError shows the key's repr."""
d = {"a": 1}
def get(k):
    return d[k]
print(get("b"))
