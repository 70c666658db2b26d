"""An exception raised inside a lambda used as a sort key."""
people = [{"name": "ann", "age": 30}, {"name": "bob"}]
people.sort(key=lambda p: p["age"])
