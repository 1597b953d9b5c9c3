match command.split():
    case [action]:
        result = action
    case [action, obj] if obj:
        result = (action, obj)
    case ["go", ("north" | "south") as direction, *rest]:
        result = direction
    case {"x": 0, "y": y, **others}:
        result = y
    case Point(x=0, y=-1.5) | Point(1, -3 + 2j):
        result = None
    case Color.RED | None | True | b"raw" b"bytes":
        result = 1
    case (a, b, *_) | [b, a]:
        result = a
    case _:
        result = match, case, _
match = case = [1]
print(match[0], case)
