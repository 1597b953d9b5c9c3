# sys.setprofile: call/return of Python frames, c_call/c_return/c_exception of builtins; cProfile and getprofile
import sys

events = []


def profiler(frame, event, arg):
    shown = arg.__name__ if event.startswith('c_') else arg
    events.append((event, frame.f_code.co_name, shown))


def helper(items):
    items.append(len(items))
    return items


def fails():
    return len(5)


def gen():
    yield 1
    yield 2


sys.setprofile(profiler)
helper([1, 2])
try:
    fails()
except TypeError:
    pass
sum(gen())
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())

sys.setprofile(profiler)
print(sys.getprofile() is profiler)
sys.setprofile(None)

import cProfile
p = cProfile.Profile()
p.enable()
inside = sys.getprofile()
p.disable()
print(inside is p, sys.getprofile())
