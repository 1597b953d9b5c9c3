# weakref.finalize (Lib/weakref.py): called once when the object dies, by hand, detached, or at exit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, how="gc"):
    print("cleanup", name, how)
    return name.upper()


r = Resource("a")
f = weakref.finalize(r, cleanup, "a", how="gc")
print(f.alive, f.atexit, repr(f).startswith("<finalize object at 0x"), "for 'Resource' at 0x" in repr(f))
print(f.peek()[1:] == (cleanup, ("a",), {"how": "gc"}), f.peek()[0] is r)
del r
print(f.alive, f(), f.peek(), f.detach(), repr(f).endswith("; dead>"))

r2 = Resource("b")
f2 = weakref.finalize(r2, cleanup, "b", how="call")
print(f2(), f2(), f2.alive)
del r2

r3 = Resource("c")
f3 = weakref.finalize(r3, cleanup, "c")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is cleanup, args, kwargs, f3.alive, f3.detach())
del r3, obj

r4 = Resource("d")
f4 = weakref.finalize(r4, cleanup, "d", how="exit")
r5 = Resource("e")
f5 = weakref.finalize(r5, cleanup, "e", how="exit")
r6 = Resource("f")
f6 = weakref.finalize(r6, cleanup, "f", how="never")
f6.atexit = False



try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError", e)
print("end of program")
