class Counter:
    count = 0
    @classmethod
    def inc(cls, by=1):
        cls.count += by
        return cls
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter.inc()
Sub.inc(5)
print(Counter.count, Sub.count)
print(Counter.add(2, 3), Counter().add(4, 5))
print(Sub().inc() is Sub)
cm = Counter.__dict__["inc"]
sm = Counter.__dict__["add"]
print(type(cm).__name__, type(sm).__name__)
print(sm.__func__(1, 1))
print(cm.__func__.__name__)
print(Counter.inc.__self__ is Counter)
bm = Counter().add
print(bm(10, 20))
try:
    Counter.add(1)
except TypeError as e:
    print(e)
