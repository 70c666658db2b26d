"""Exception notes added with add_note appear after the message."""
try:
    raise TypeError("bad type")
except TypeError as e:
    e.add_note("while checking the config")
    e.add_note("second note")
    print(e.__notes__)
    raise
