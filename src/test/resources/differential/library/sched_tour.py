# sched: enter/enterabs with priorities and kwargs, the queue's order, cancel (and cancelling twice),
# run with a fake clock (blocking and not), actions that enter more events, Event's tuple ordering,
# and threads entering events while run() waits.
import sched
import threading
import time


class Clock:
    def __init__(self):
        self.now = 100.0
        self.log = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.log.append(seconds)
        self.now += seconds


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
out = []
e1 = s.enterabs(105, 2, out.append, ("abs 105 prio 2",))
e2 = s.enterabs(105, 1, out.append, ("abs 105 prio 1",))
e3 = s.enter(3, 1, out.append, ("in 3",))
e4 = s.enter(3, 1, lambda x, y=0: out.append(("kw", x, y)), (1,), {"y": 2})
e5 = s.enter(10, 0, out.append, ("cancelled",))
print(e2)
print([(e.time, e.priority, e.sequence) for e in s.queue])
print(e1 < e2, e3 < e4, e2 == e2, e1 == sched.Event(105, 2, 0, out.append, ("abs 105 prio 2",), {}))
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print("cancel twice", e)
print(s.empty(), len(s.queue))
s.enter(4, 0, lambda: s.enter(1, 0, out.append, ("entered by an action",)))
print("non-blocking", s.run(blocking=False))
s.run()
print(out)
print(clock.log, clock.now, s.empty(), s.run(blocking=False))

clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
s2.enterabs(99, 0, out.append, ("overdue",))
s2.enterabs(101, 0, out.append, ("later",))
print("due now", s2.run(False), out[-1], s2.run(False))
print(sched.Event._fields, sched.__all__)

# a real clock: another thread enters an earlier event while run() sleeps towards a later one
real = sched.scheduler()
order = []
real.enter(0.3, 0, order.append, ("late",))
t = threading.Thread(target=lambda: (time.sleep(0.05), real.enter(0.01, 0, order.append, ("early",))))
t.start()
real.run()
t.join()
print(order, real.empty())
