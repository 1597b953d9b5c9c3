# sys.intern: equal strings made at run time become one object, the same one code objects use for names.
import sys

a = sys.intern("".join(["hel", "lo"]))
b = sys.intern("".join(["hel", "lo"]))
print(a is b, a == "hello")
print("".join(["hel", "lo"]) is a)


def f():
    return counter


print(sys.intern("".join(["coun", "ter"])) is f.__code__.co_names[0])


class S(str):
    pass


for value in (1, S("x"), None, b"bytes"):
    try:
        sys.intern(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.intern()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern("a", "b")
except TypeError as e:
    print("TypeError:", e)
