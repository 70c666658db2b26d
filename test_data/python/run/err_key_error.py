"""An uncaught KeyError from a nested dict lookup."""
config = {"server": {"host": "localhost", "port": 8080}}
print(config["server"]["host"])
print(config["server"]["timeout"])
