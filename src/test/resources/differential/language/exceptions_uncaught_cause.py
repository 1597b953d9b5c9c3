class ConfigError(Exception):
    pass
def load(key):
    config = {}
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key}") from e
load("port")
