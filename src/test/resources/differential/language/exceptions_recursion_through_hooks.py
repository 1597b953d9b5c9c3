# Recursion that passes through the interpreter's own machinery (attribute hooks, repr, comparisons,
# key functions) still ends in a RecursionError the program can catch, and the program goes on.
depth = 0


class Lazy:
    def __getattr__(self, name):
        global depth
        depth += 1
        return self.missing


class SelfRepr:
    def __repr__(self):
        return repr(self)


class SelfEq:
    def __eq__(self, other):
        return self == other


def sorts_itself(x):
    return sorted([1, 2], key=sorts_itself)


try:
    Lazy().anything
except RecursionError:
    print("__getattr__ reached the limit:", depth > 900)

for label, action in [("repr", lambda: repr(SelfRepr())), ("==", lambda: SelfEq() == SelfEq()),
                      ("format", lambda: "{}".format(SelfRepr())), ("sorted key", lambda: sorts_itself(0))]:
    try:
        action()
    except RecursionError as e:
        print(label, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))

print("still running:", sum(range(10)))
