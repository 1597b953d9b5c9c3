# A __repr__ that returns no string: repr() names __repr__, but str(), print() and format() reach it through
# object.__str__, which returns it unchecked, so they name __str__.
class Broken:
    def __repr__(self):
        return 42


for call in (lambda: repr(Broken()), lambda: str(Broken()), lambda: print(Broken()), lambda: f"{Broken()}",
             lambda: "%s" % Broken(), lambda: format(Broken()), lambda: object.__str__(Broken()),
             lambda: [Broken()].__repr__()):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)
