# functools.partial behaves as CPython's C type: no traceback entry of its own (main thread, a
# thread whose target is a partial, "Exception in thread"), no recursion depth per call, read-only
# members, flattening, reprs (subclass names, the recursion guard), __dict__, weak references,
# pickle/copy round trips, __class_getitem__, subclasses with their own __call__/__repr__, and
# CPython's messages.
import copy
import io
import functools
import pickle
import re
import sys
import threading
import traceback
import weakref
from functools import partial


def attempt(action):
    try:
        return action()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def gather(*args, **kwargs):
    return args, kwargs


def convert(x):
    return int(x)


def addresses_out(text):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)


# --- tracebacks: the partial adds no entry ---
try:
    partial(convert)("x")
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    partial(partial(convert), )("y")
except ValueError:
    traceback.print_exc(file=sys.stdout)


def in_thread(label, value):
    print('in thread', label)
    int(value)


def own_frames(lines):
    # threading.py's frames (its path and line numbers are the interpreter's own) are left out
    kept, skip = [], False
    for line in lines:
        if skip:
            skip = False
        elif 'threading.py' in line:
            skip = True
        else:
            kept.append(line)
    return ''.join(kept)


def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
    print(own_frames(traceback.format_tb(args.exc_traceback)), end='')


threading.excepthook = hook
worker = threading.Thread(target=partial(in_thread, 'w'), args=('z',), name='partial-worker')
worker.start()
worker.join()
threading.excepthook = threading.__excepthook__
worker = threading.Thread(target=partial(in_thread, 'default', 'q'), name='default-report')
sys.stderr = io.StringIO()
worker.start()
worker.join()
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(own_frames(report.splitlines(keepends=True)), end='')


# --- recursion depth: a call through a partial costs no depth ---
def deepest(fits):
    low, high = 1, 5000
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def through_partial(n):
    def down(k):
        return 0 if k == 0 else again(k - 1)
    again = partial(down)
    try:
        again(n)
        return True
    except RecursionError:
        return False


def plain(n):
    def down(k):
        return 0 if k == 0 else down(k - 1)
    try:
        down(n)
        return True
    except RecursionError:
        return False


sys.setrecursionlimit(400)
print('plain depth minus partial depth:', deepest(plain) - deepest(through_partial))
sys.setrecursionlimit(1000)

# --- construction, flattening, members ---
p = partial(gather, 1, a=1)
print(p(2, b=2), p(a=3), p.func is gather, p.args, p.keywords)
flat = partial(p, 3, a=4, c=5)
print(flat.func is gather, flat.args, flat.keywords, flat(6))
p.note = 'attribute'
print(partial(p, 7).func is p, p.note, p.__dict__)


class Plain(partial):
    pass


class Calling(partial):
    def __call__(self, *args, **kwargs):
        return ('Calling', super().__call__(*args, **kwargs))


print(type(partial(Plain(gather, 1), 2)).__name__, partial(Plain(gather, 1), 2).args)
print(partial(Calling(gather, 1), 2).func.__class__.__name__, partial(Calling(gather, 1), 2)(3))
print(type(Plain(partial(gather, 1), 2)).__name__, Plain(partial(gather, 1), 2).args)
kw = {'k': 1}
owned = partial(gather, **kw)
print(owned.keywords is kw, owned.keywords == kw)
owned.keywords['z'] = 2
print(owned())
for name in ('func', 'args', 'keywords'):
    print(name, attempt(lambda: setattr(p, name, 1)), attempt(lambda: delattr(p, name)))
print(attempt(lambda: partial()), '|', attempt(lambda: partial(1)), '|', attempt(lambda: partial.__new__(partial)))
print(attempt(lambda: setattr(p, '__dict__', 1)))
p.__dict__ = {'fresh': True}
print(p.__dict__, getattr(p, 'note', 'no note'))
print(type(p).__name__, type(p).__module__, type(p).__qualname__, callable(p))
print(partial.__doc__)
print(partial[int], partial[int, str].__origin__ is partial)

# --- reprs ---
print(repr(partial(max, 1, key=abs)))
print(repr(Plain(max, 1, b=2)))
print(addresses_out(repr(partial(gather, 'x'))))
looped = partial(max)
looped.__setstate__((looped, (looped,), {'k': looped}, None))
print(repr(looped))
looped.__setstate__((max, (), None, None))


class Shown(partial):
    def __repr__(self):
        return 'Shown!' + super().__repr__()


print(repr(Shown(min, 2)), str(Shown(min, 2)))

# --- weak references ---
target = partial(max, 1)
ref = weakref.ref(target)
print(ref() is target)
del target
print(ref())

# --- state: __reduce__, __setstate__, pickle, copy ---
state_of = partial(max, 1, key=abs)
print(state_of.__reduce__()[0] is partial, state_of.__reduce__()[1] == (max,), state_of.__reduce__()[2][1:])
state_of.extra = 5
print(state_of.__reduce__()[2][3])
back = pickle.loads(pickle.dumps(state_of))
print(repr(back), back.extra, back(-3, 2))
shallow = copy.copy(state_of)
deep = copy.deepcopy(state_of)
print(repr(shallow), shallow.extra, repr(deep), deep.keywords is state_of.keywords)
reset = partial(min)
for bad in [(), (max,), (1, (), None, None), (max, [], None, None), (max, (), [], None), 5]:
    print(attempt(lambda: reset.__setstate__(bad)))
print(reset.__setstate__((max, (4,), {'key': abs}, {'tag': 't'})), repr(reset), reset.tag, reset(-9))


class Tup(tuple):
    pass


reset.__setstate__((gather, Tup((1,)), None, None))
print(type(reset.args).__name__, reset.keywords, reset(2), reset.__dict__)

# --- errors from the call itself ---
print(attempt(lambda: partial(gather, a=1)(1, **{'a': 2})))
print(attempt(lambda: partial(convert, 1)(2)))
bad_keys = partial(gather)
bad_keys.__setstate__((gather, (), {1: 2}, None))
print(attempt(bad_keys))
