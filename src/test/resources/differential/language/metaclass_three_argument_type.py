# type(name, bases, dict) with a base whose metaclass defines __new__: the derived metaclass makes the class.
class Registry(type):
    made = []

    def __new__(mcls, name, bases, namespace):
        Registry.made.append(name)
        namespace["tag"] = name.lower()
        return super().__new__(mcls, name, bases, namespace)


class Base(metaclass=Registry):
    pass


Derived = type("Derived", (Base,), {"x": 1})
print(type(Derived).__name__, Derived.tag, Derived.x, Registry.made)


class Plain(type):
    pass


class Other(metaclass=Plain):
    pass


print(type(type("Again", (Other,), {})).__name__)
try:
    type("Bad", (Base, Other), {})
except TypeError as e:
    print(e)
