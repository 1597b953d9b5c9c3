# Global and builtin names that LOAD_GLOBAL caches per instruction: every site below runs several times,
# then the name changes under it (rebound, shadowed, unshadowed, deleted, another globals dict written from outside).
import builtins

limit = 1


def total():
    return limit + len([1, 2])


def run(label):
    print(label, [total() for _ in range(3)])


run("start")
limit = 10
run("global rebound")
len = lambda seq: 100
run("builtin shadowed by a global")
del len
run("shadow deleted")
builtins.len = lambda seq: 7
run("builtin replaced")
del builtins.len
try:
    total()
except NameError as e:
    print("builtin deleted:", e)
builtins.len = lambda seq: seq.__len__()
globals()["limit"] = 3
run("through globals()")


def bump():
    global limit
    for _ in range(5):
        limit = limit + 1
        print(total(), end=" ")
    print()


bump()
del limit
for attempt in range(2):
    try:
        total()
    except NameError as e:
        print("global deleted:", e)
namespace = {}
exec("def get():\n    return value\n", namespace)
for value_now in (1, 2):
    namespace["value"] = value_now
    print("another globals dict:", [namespace["get"]() for _ in range(3)])
