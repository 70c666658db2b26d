"""OSError details from open(): errno, strerror, filename and the exception type."""
for name in ["config.toml", "missing/dir/file.txt", "data.json"]:
    try:
        open(name)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(e)
try:
    with open("nope.txt", "r") as f:
        print("unreachable")
except FileNotFoundError as e:
    print(repr(e))
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__[1].__name__)
