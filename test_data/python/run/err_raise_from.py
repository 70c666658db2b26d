"""An uncaught chained exception: raise ... from ... prints both tracebacks."""
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e

parse_port("80a")
