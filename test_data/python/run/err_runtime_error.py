"""An uncaught RuntimeError: changing a dict's size while iterating over it."""
scores = {"a": 1, "b": 2}
for name in scores:
    scores[name + "2"] = 0
