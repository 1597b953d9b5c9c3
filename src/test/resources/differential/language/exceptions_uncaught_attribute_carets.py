config = {"server": {"host": "localhost"}}
port = config["server"]["port"]
