class Config:
    defaults = {"debug": False}
    instances = 0
    def __init__(self, **overrides):
        Config.instances += 1
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
    @classmethod
    def from_string(cls, text):
        key, value = text.split("=")
        return cls(**{key: value})
    @staticmethod
    def describe():
        return "config"
c = Config(debug=True)
d = Config.from_string("level=3")
print(c.settings, d.settings, Config.instances, c.describe(), Config.describe())
print(Config.from_string.__name__, type(Config.__dict__["describe"]).__name__)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
class Override(Shared):
    items = ["own"]
print(Override().items, Shared.items)
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
k = Counter()
print(k.bump(), k.bump(), Counter.count, k.__dict__)
