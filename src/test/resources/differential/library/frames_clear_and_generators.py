# frame.clear() refuses the running frame; a generator's gi_frame reads its locals while it is suspended
# and is None once it finished; sys._getframe(n) and walk_stack follow f_back; a cycle through
# sys.exc_info() kept in a local is freed by gc.collect().
import gc
import sys
import traceback


def clears_itself():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)


clears_itself()


def gen():
    a = 1
    yield a
    b = 2
    yield b


g = gen()
print(g.gi_frame.f_locals, g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_locals, g.gi_frame is g.gi_frame, g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_locals, g.gi_frame.f_lineno)
for _ in g:
    pass
print(g.gi_frame)


def chain(n):
    if n:
        return chain(n - 1)
    return [f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())]


print(chain(2))


def depth_two():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_back.f_code.co_name


def depth_one():
    return depth_two()


print(depth_one())


class Holder:
    pass


def keeps_exc_info():
    info = None
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    holder = Holder()
    holder.frame = sys._getframe()
    return 5


gc.collect()
keeps_exc_info()
print(gc.collect() > 0)


def keeps_exception():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return err


err = keeps_exception()
print(sorted(err.__traceback__.tb_frame.f_locals))
del err
print(gc.collect() >= 0)


import inspect

g = gen()
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print("TypeError:", e)


async def coro(n):
    m = n + 1
    return m


c = coro(4)
print(inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinelocals(c), inspect.getcoroutinelocals(None))


def looks_at_the_stack():
    here = 1
    return [(info.function, sorted(info.frame.f_locals)) for info in inspect.stack()[:2]]


def calls_it():
    mine = 2
    return looks_at_the_stack()


print(calls_it())
