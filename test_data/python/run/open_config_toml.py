"""The seed page's config example: reading a missing config.toml is a handled FileNotFoundError."""
def read_config():
    with open("config.toml") as f:
        return f.read()

try:
    cfg = read_config()
    print(f"Config: {cfg}")
except FileNotFoundError as e:
    print(f"Error: {e}")
