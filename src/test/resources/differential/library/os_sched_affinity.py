# os.sched_getaffinity / sched_setaffinity: a thread pins itself (pid 0 is the calling thread), threads it
# starts afterwards inherit its CPUs, other threads keep theirs; the errors CPython's posixmodule.c raises.
import os
import threading

allowed = os.sched_getaffinity(0)
print(type(allowed).__name__, len(allowed) == len(os.sched_getaffinity(os.getpid())) >= 1)
first = min(allowed)

seen = {}


def report(name):
    seen[name] = os.sched_getaffinity(0) == {first}


other_ready = threading.Event()
pinned = threading.Event()


def other():
    other_ready.set()
    pinned.wait()
    report('started before the pin')


before = threading.Thread(target=other)
before.start()
other_ready.wait()
os.sched_setaffinity(0, [first])
print('main pinned:', os.sched_getaffinity(0) == {first})
pinned.set()
before.join()
after = threading.Thread(target=report, args=('started after the pin',))
after.start()
after.join()
for name in sorted(seen):
    print(name, 'is pinned:', seen[name])

os.sched_setaffinity(0, iter(allowed))
print('restored:', os.sched_getaffinity(0) == allowed)

for mask in ([-1], [2 ** 31], [2 ** 70], ['a'], [0.0], 5, [], [10 ** 6]):
    try:
        os.sched_setaffinity(0, mask)
        print(mask, 'accepted')
    except (OSError, ValueError, TypeError, OverflowError) as e:
        print(repr(mask)[:12], type(e).__name__, e)
for call in (lambda: os.sched_setaffinity(0), lambda: os.sched_getaffinity(), lambda: os.sched_getaffinity('x'),
             lambda: os.sched_setaffinity(0, [0], 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print('still all:', os.sched_getaffinity(0) == allowed)
