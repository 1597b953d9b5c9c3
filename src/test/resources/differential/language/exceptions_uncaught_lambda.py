handlers = {"div": lambda a, b: a / b}
print(handlers["div"](1, 2))
print(handlers["div"](1, 0))
