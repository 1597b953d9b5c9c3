class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
def f():
    a = 1
    b = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
import _helper_mainguard
print([n for n in dir(_helper_mainguard) if not n.startswith("__")])
print("__init__" in dir(Child), "__class__" in dir(Child()), "__dict__" in dir(Child()))
