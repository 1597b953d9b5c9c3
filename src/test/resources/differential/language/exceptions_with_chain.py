class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("closing", self.n, et.__name__ if et else None)
        return False
def work():
    with Res(1), Res(2):
        raise ValueError("inside with")
try:
    work()
except ValueError as e:
    print("caught", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["x"]
print("after suppress")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError passed through")
work()
