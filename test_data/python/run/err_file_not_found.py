"""The seed's config example without a try: an uncaught FileNotFoundError."""
def read_config():
    with open("config.toml") as f:
        return f.read()

cfg = read_config()
print(f"Config: {cfg}")
