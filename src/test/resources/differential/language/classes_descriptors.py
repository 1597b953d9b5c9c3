class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class Holder:
    a = Verbose()
    b = NonData()
h = Holder()
print(h.a)
h.a = 5
print(h.a, h.__dict__)
del h.a
print(h.a)
print(h.b)
h.__dict__["b"] = "instance wins"
print(h.b)
print(isinstance(Holder.a, Verbose))
print(Holder.b)
