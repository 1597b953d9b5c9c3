class Needs:
    def __init__(self, a, b=2, *, c):
        self.total = a + b + c
try:
    Needs(1)
except TypeError as e:
    print(e)
try:
    Needs(1, 2, 3, c=4)
except TypeError as e:
    print(e)
print(Needs(1, c=3).total)
class Raises:
    def __init__(self):
        self.partial = True
        raise ValueError("init failed")
try:
    Raises()
except ValueError as e:
    print(e)
class Bad:
    def method():
        return "no self"
try:
    Bad().method()
except TypeError as e:
    print(e)
print(Bad.method())
try:
    Bad.nope()
except AttributeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "s"()
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    [].nosuch
except AttributeError as e:
    print(e)
try:
    Needs.__init__()
except TypeError as e:
    print(e)
