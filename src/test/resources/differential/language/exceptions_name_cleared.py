try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as u:
    print("UnboundLocalError:", u)
def g():
    try:
        raise KeyError
    except KeyError as err:
        saved = err
    return type(saved).__name__
print(g())
