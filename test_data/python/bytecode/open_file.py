with open("config.toml") as f:
    for line in f:
        key, _, value = line.partition("=")
        print(key.strip(), value.strip())
