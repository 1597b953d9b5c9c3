def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("second") from e
def b():
    try:
        a()
    except ValueError:
        raise KeyError("third")
b()
