class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Base:
    def __init__(self, x):
        self.x = x
class Point(JsonMixin, ReprMixin, Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
p = Point(1, 2)
print(p, p.to_json(), [c.__name__ for c in Point.__mro__])
class Logged:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Service(Logged):
    def run(self):
        return self.log("running")
print(Service().run())
