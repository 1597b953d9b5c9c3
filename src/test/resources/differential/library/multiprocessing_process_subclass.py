# multiprocessing.Process subclassed as tutorials do: __init__ stores the work and a Queue, run() is
# overridden and runs in the child on a copy of the object (attributes set in the child stay there),
# start() overridden around super().start(), run() calling super().run() for the target, names
# ("<ClassName>-N", set or renamed), daemon, pid, exitcode, is_alive, a failing run()'s traceback,
# SystemExit's codes, join(timeout) on a child that runs on, kill() and close(), and a class that
# does not call Process.__init__.
import multiprocessing as mp
import sys


class Summer(mp.Process):
    def __init__(self, n, queue):
        super().__init__()
        self.n = n
        self.queue = queue
        self.settings = {"scale": [1, 2], "label": "sum"}

    def run(self):
        me = mp.current_process()
        total = sum(range(self.n)) * self.settings["scale"][1]
        self.n = -1  # the child's copy only
        self.queue.put((self.settings["label"], total, me is self, me.name, me.daemon, type(me).__name__))


class Announcing(Summer):
    def start(self):
        print("starting", self.name)
        super().start()


class AroundTarget(mp.Process):
    def run(self):
        print("before the target", flush=True)
        super().run()
        print("after the target", flush=True)


class Failing(mp.Process):
    def run(self):
        raise KeyError("no such job")


class Exiting(mp.Process):
    def __init__(self, code):
        super().__init__(name="exit-%r" % (code,))
        self.code = code

    def run(self):
        sys.exit(self.code)


class Waiter(mp.Process):
    """Tells the parent it runs, then waits for an event nobody sets: only kill() ends it."""

    def __init__(self, running, never):
        super().__init__(daemon=True)
        self.running, self.never = running, never

    def run(self):
        self.running.set()
        self.never.wait()


class NoInit(mp.Process):
    def __init__(self):
        self.n = 1


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == "__main__":
    results = mp.Queue()
    s = Summer(10, results)
    print(s.name, s.daemon, s.pid, s.exitcode, s.is_alive(), repr(s).split(" parent=")[0])
    s.start()
    print(results.get())
    s.join()
    print(s.n, s.exitcode, s.is_alive(), s.pid > 0, repr(s).split(" parent=")[1].split(" ", 1)[1])

    a = Announcing(4, results)
    a.name = "renamed"
    a.daemon = True
    a.start()
    print(results.get())
    a.join(timeout=30)
    print(a.exitcode, a.daemon, mp.active_children())
    attempt("daemon after start", lambda: setattr(a, "daemon", False))
    attempt("start twice", a.start)

    t = AroundTarget(target=print, args=("in the target",), kwargs={"sep": "-"}, name="around")
    t.start()
    t.join()
    print(t.exitcode, t.name)

    f = Failing()
    f.start()
    f.join()
    print(f.exitcode, f.name)
    for code in (None, 0, 4, "a message"):
        x = Exiting(code)
        x.start()
        x.join()
        print(x.name, x.exitcode)

    w = Waiter(mp.Event(), mp.Event())
    w.start()
    w.running.wait()
    w.join(0.01)
    print(w.is_alive(), w.exitcode, mp.active_children() == [w])
    attempt("close while running", w.close)
    w.kill()
    w.join()
    print(w.is_alive(), w.exitcode, repr(w).split(" parent=")[1].split(" ", 1)[1], mp.active_children())
    w.close()
    attempt("closed is_alive", w.is_alive)
    print(w.name)

    attempt("no __init__, name", lambda: NoInit().name)
    attempt("no __init__, start", lambda: NoInit().start())
    print(mp.Process().name, Summer(1, None).name)
