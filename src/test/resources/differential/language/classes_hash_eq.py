class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key(1): "one", Key("a"): "A"}
print(d[Key(1)], d[Key("a")], Key(1) in d, len({Key(2), Key(2), Key(3)}))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(e)
class Inherits(Key):
    pass
print(hash(Inherits(5)) == hash(5))
class ReEq(Key):
    def __eq__(self, other):
        return False
try:
    hash(ReEq(1))
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print(e)
print(hash(-1), hash(1.5), hash(True), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(object() == object(), 1 == 1.0, hash(1) == hash(1.0))
