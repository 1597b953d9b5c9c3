# A metaclass's __prepare__ namespace that is a dict subclass sees every class-body store, load and
# delete through its own methods (enum's _EnumDict relies on it), and a metaclass __call__ that
# defers to type.__call__ through super() runs __new__/__init__ once.


class Recording(dict):
    def __setitem__(self, key, value):
        print("store", key)
        dict.update(self, {key: value})

    def __getitem__(self, key):
        print("load", key)
        if key in self:
            return dict.get(self, key)
        raise KeyError(key)

    def __delitem__(self, key):
        print("delete", key)
        dict.pop(self, key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return Recording()

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class Point(metaclass=Meta):
    dims: int = 2
    scale = 10
    doubled = scale * 2

    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x, self.y = x, y

    helper = len
    del helper


p = Point(1, y=5)
print(p.x, p.y, Point.doubled, Point.__annotations__, hasattr(Point, "helper"))
print(type(Point).__name__, isinstance(p, Point))
