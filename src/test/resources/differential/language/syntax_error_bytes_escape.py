data = b"ok" + b"\x4"
