def make_class(name, base=object, **attrs):
    return type(name, (base,), attrs)
Dog = make_class("Dog", sound="woof", speak=lambda self: self.sound)
Puppy = make_class("Puppy", Dog, sound="yip")
print(Dog().speak(), Puppy().speak(), Puppy.__mro__[1].__name__, Puppy.__name__)
setattr(Dog, "legs", 4)
print(Puppy.legs, hasattr(Puppy(), "legs"))
del Dog.legs
print(hasattr(Puppy, "legs"))
class Plain:
    pass
Plain.method = lambda self, x: x * 2
print(Plain().method(21))
obj = Plain()
obj.method = lambda x: "instance attr, not bound"
print(obj.method(1))
print(type(obj).__name__, type(Plain).__name__, type(type).__name__)
K = type("K", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"K({self.v})"})
print(K(5), [K(i) for i in range(3)])
print(isinstance(K(1), K), K.__module__)
