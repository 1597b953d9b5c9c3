# signal: alarm, setitimer and getitimer (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF) delivering their
# signals to handlers in the main thread, pause, pthread_kill, siginterrupt, and the errors of misuse.
# Every wait below ends with the signal itself: the loops spin or block until the handler has run.
import signal, threading, time


def report(call, *args):
    try:
        print(call.__name__, args, '->', call(*args))
    except Exception as e:
        print(call.__name__, args, '->', type(e).__name__, e)


print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError, signal.ItimerError.__mro__[1:3])
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))

# the user's program: a handler that raises ends a busy loop
def timeout(signum, frame):
    raise TimeoutError("alarm")
signal.signal(signal.SIGALRM, timeout)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except TimeoutError as e:
    print("interrupted", e)
print("disarmed after it fired:", signal.getitimer(signal.ITIMER_REAL))

# a handler that raises interrupts a sleep too
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(30)
except TimeoutError as e:
    print("sleep interrupted", e)

# a handler that returns: the interrupted sleep goes on (PEP 475); an interval timer fires again and again
ticks = []
def tick(signum, frame):
    ticks.append(signal.Signals(signum).name)
    if len(ticks) == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, tick)
print(signal.setitimer(signal.ITIMER_REAL, 0.02, 0.01))
remaining, interval = signal.getitimer(signal.ITIMER_REAL)
print("armed:", 0 < remaining <= 0.02, interval)
while len(ticks) < 3:
    signal.pause()
print("ticks:", ticks, signal.getitimer(signal.ITIMER_REAL))

# alarm shares ITIMER_REAL: it returns what was left, in whole seconds rounded as alarm(2) rounds
print(signal.alarm(10), signal.alarm(3) in (9, 10), signal.alarm(0))
for seconds in (2.4, 2.6, 0.1):
    signal.setitimer(signal.ITIMER_REAL, seconds)
    print(seconds, '->', signal.alarm(0))
print(signal.setitimer(signal.ITIMER_REAL, 10, 2)[1], signal.getitimer(signal.ITIMER_REAL)[1],
      signal.setitimer(signal.ITIMER_REAL, 0)[1], signal.getitimer(signal.ITIMER_REAL))

# pthread_kill from another thread: the handler runs in the main thread
got = []
def usr1(signum, frame):
    got.append(threading.current_thread().name)
signal.signal(signal.SIGUSR1, usr1)
main = threading.get_ident()
sender = threading.Thread(target=signal.pthread_kill, args=(main, signal.SIGUSR1))
sender.start()
while not got:
    pass
sender.join()
print("SIGUSR1 in", got)
signal.pthread_kill(main, 0)

# the CPU-time timers: the virtual and profiling timers count the time the program computes
for which, signum in ((signal.ITIMER_VIRTUAL, signal.SIGVTALRM), (signal.ITIMER_PROF, signal.SIGPROF)):
    fired = []
    signal.signal(signum, lambda s, f: fired.append(signal.Signals(s).name))
    signal.setitimer(which, 0.02)
    while not fired:
        pass
    print(fired, signal.getitimer(which))
print(signal.setitimer(signal.ITIMER_VIRTUAL, 5, 1), signal.getitimer(signal.ITIMER_VIRTUAL)[1],
      signal.setitimer(signal.ITIMER_VIRTUAL, 0)[1])

# a signal delivered again before its handler ran is handled once: three deliveries, at most three calls
counted = []
signal.signal(signal.SIGUSR2, lambda s, f: counted.append(s))
def burst():
    for i in range(3):
        signal.pthread_kill(main, signal.SIGUSR2)
t = threading.Thread(target=burst)
t.start()
t.join()
while not counted:
    pass
print("handled:", 1 <= len(counted) <= 3)

# the timers and alarm work from any thread; signal.signal does not
def in_thread():
    report(signal.signal, signal.SIGALRM, signal.SIG_IGN)
    report(signal.setitimer, signal.ITIMER_REAL, 0)
    report(signal.alarm, 0)
t = threading.Thread(target=in_thread)
t.start()
t.join()

# misuse
report(signal.alarm, 1.5)
report(signal.alarm, "a")
report(signal.alarm, 2**31)
report(signal.alarm)
report(signal.alarm, -1)
report(signal.alarm, 0)
report(signal.setitimer, signal.ITIMER_REAL, -1)
report(signal.setitimer, 5, 1)
report(signal.setitimer, -1, 0)
report(signal.setitimer, signal.ITIMER_REAL, 1, -1)
report(signal.setitimer, signal.ITIMER_REAL, "x")
report(signal.setitimer, signal.ITIMER_REAL)
report(signal.setitimer, signal.ITIMER_REAL, 1, 2, 3)
report(signal.setitimer, signal.ITIMER_REAL, float('nan'))
report(signal.setitimer, signal.ITIMER_REAL, 1e300)
report(signal.getitimer, 3)
report(signal.getitimer, -1)
report(signal.getitimer, "a")
report(signal.getitimer)
report(signal.pause, 1)
report(lambda signum: signal.pthread_kill(main, signum), 99)
report(signal.pthread_kill, "a", 0)
report(signal.siginterrupt, 0, 1)
report(signal.siginterrupt, signal.SIGALRM, "x")
report(signal.siginterrupt, signal.SIGALRM, 1)
report(signal.siginterrupt, signal.SIGKILL, 1)
report(signal.siginterrupt, signal.SIGALRM)
report(signal.set_wakeup_fd, -1)
report(signal.set_wakeup_fd, "x")
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except OSError as e:
    print(type(e).__name__, e.errno, isinstance(e, signal.ItimerError))
