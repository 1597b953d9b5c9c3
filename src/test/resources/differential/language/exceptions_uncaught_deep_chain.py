def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e
level(3)
