"""KeyError's message is the repr of its key, whatever the key."""
for k in ["a", 1, (1, 2), "", None]:
    try:
        {}[k]
    except KeyError as e:
        print(str(e), repr(e))
print(str(KeyError()), str(KeyError("a", "b")))
d = {"x": {"y": 1}}
d["x"]["z"]
