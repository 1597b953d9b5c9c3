class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return cls.__name__
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Child(Left, Right):
    def __init__(self):
        super().__init__(7)
    def who(self):
        return "Child>" + super().who()
    @classmethod
    def make(cls):
        return "child:" + super().make()
c = Child()
print(c.who(), c.x)
print(Child.make())
print(super(Left, c).who())
print(super(Child, c).who())
s = super(Child, c)
print(type(s).__name__)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class Nested:
    def method(self):
        return [super().__repr__ is not None for _ in range(1)]
print(Nested().method())
class Bad:
    def m(self):
        return super(int, self).m()
try:
    Bad().m()
except TypeError as e:
    print("TypeError:", e)
