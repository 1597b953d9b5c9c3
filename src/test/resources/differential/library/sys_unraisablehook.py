# sys.unraisablehook (Python/errors.c): exceptions nothing can catch go to the hook with an
# UnraisableHookArgs; the default hook prints them without their chain; a failing hook is reported
import atexit
import io
import re
import sys
import weakref

seen = []


def keep(args):
    seen.append(args)
    print("hook:", args.err_msg, args.exc_type.__name__, args.exc_value,
          type(args.exc_traceback).__name__, type(args.object).__name__)


def captured(action):
    """What the default hook writes to sys.stderr while action runs, addresses normalised."""
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        action()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    print(re.sub(r"0x[0-9a-f]+", "0x...", text), end="")


class Noisy:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("boom")


def drop_noisy():
    n = Noisy()
    del n


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


def drop_generator():
    g = gen()
    next(g)
    del g


class Target:
    pass


def drop_referent():
    t = Target()
    r = weakref.ref(t, lambda ref: [][1])
    del t
    return r


print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
T = type(sys.unraisablehook)
sys.unraisablehook = keep
drop_noisy()
drop_generator()
drop_referent()
args = seen[0]
print(type(args).__name__, type(args).__module__, len(args), args[0] is args.exc_type, type(args).n_fields)
print(args.object.__qualname__, seen[1].object.__name__, seen[1].object.gi_frame)
resurrected = seen[1].object
print(type(resurrected).__name__, list(resurrected))
seen.clear()


def bad_hook(args):
    raise RuntimeError("hook failed")


sys.unraisablehook = bad_hook
captured(drop_noisy)
sys.unraisablehook = sys.__unraisablehook__
captured(drop_noisy)
captured(drop_generator)
sys.unraisablehook = None
captured(drop_referent)

HookArgs = type(args)
captured(lambda: sys.__unraisablehook__(HookArgs((ValueError, ValueError("v"), None, "Custom message", None))))
captured(lambda: sys.__unraisablehook__(HookArgs((KeyError, None, None, None, 42))))


class BadRepr:
    def __repr__(self):
        raise TypeError


captured(lambda: sys.__unraisablehook__(HookArgs((ValueError, ValueError("v"), None, "msg", BadRepr()))))
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
try:
    HookArgs((1, 2))
except TypeError as e:
    print(e)

sys.unraisablehook = keep


def failing_exit():
    raise OSError("at exit")


atexit.register(failing_exit)
