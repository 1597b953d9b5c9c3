# multiprocessing.Process's states and errors: reprs before, during and after, closed objects, the
# assertions' messages, SystemExit codes, terminate()'s signal, and what a child sees of itself and
# its parent (two children only: each one starts a JVM); multiprocessing.Queue's Full, Empty and closed errors.
import multiprocessing as mp
import os
import queue
import re
import sys
import time


def shown(process):
    """repr with the pids replaced (they differ from run to run)."""
    text = re.sub(r"pid=\d+ ", "pid=PID ", repr(process))
    return text.replace("parent=%d " % os.getpid(), "parent=PARENT ")


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def describe_self():
    me = mp.current_process()
    parent = mp.parent_process()
    print("child:", me.name, me._identity, me.daemon, repr(me).split(" parent=")[0], flush=True)
    print("parent:", parent.name, parent.pid == os.getppid(), parent.exitcode,
          repr(parent).split(" parent=")[1], flush=True)
    print("grandchild name:", mp.Process().name, mp.active_children(), flush=True)
    sys.exit("a message, then exit code 1")


def nap():
    time.sleep(30)


if __name__ == "__main__":
    p = mp.Process(target=describe_self, name="kid", daemon=1)
    print(shown(p), p.daemon, p.exitcode, p.pid, p.ident, p.is_alive())
    attempt("group", lambda: mp.Process(group=1))
    attempt("join before start", p.join)
    attempt("terminate before start", p.terminate)
    attempt("name 5", lambda: setattr(p, "name", 5))
    attempt("main join", mp.current_process().join)
    attempt("main start", mp.current_process().start)
    attempt("main close", mp.current_process().close)
    print(mp.Process(args=[1, 2])._args, mp.Process(kwargs={"a": 1})._kwargs, mp.Process().name)
    print(mp.Process(name="").name, mp.Process(name=7).name)
    p.start()
    p.join()  # before printing again: the child's lines and ours would otherwise race, in CPython too
    attempt("daemon after start", lambda: setattr(p, "daemon", False))
    attempt("start twice", p.start)
    print(shown(p), p.exitcode, p.is_alive(), mp.active_children())
    p.close()
    print(shown(p), p.name)
    for label, action in [("exitcode", lambda: p.exitcode), ("pid", lambda: p.pid),
                          ("is_alive", p.is_alive), ("join", p.join), ("start", p.start)]:
        attempt("closed " + label, action)

    napping = mp.Process(target=nap, name="napper")
    napping.start()
    print(napping.is_alive(), shown(napping))
    attempt("close while running", napping.close)
    napping.terminate()
    napping.join()
    print(shown(napping), napping.exitcode, mp.active_children())

    q = mp.Queue(2)
    q.put(1)
    q.put_nowait(None)
    print(q.qsize(), q.full())
    attempt("put on a full queue", lambda: q.put(3, timeout=0.01))
    attempt("put_nowait", lambda: q.put_nowait(3))
    print(q.get(), q.get(), q.empty())
    attempt("get_nowait on empty", q.get_nowait)
    attempt("get with timeout", lambda: q.get(True, 0.01))
    attempt("join_thread while open", lambda: q.join_thread() or "no error")
    q.close()
    attempt("put after close", lambda: q.put(1))
    attempt("get after close", q.get)
    print(q.join_thread(), q.cancel_join_thread())
    j = mp.JoinableQueue()
    j.put("job")
    print(j.get())
    j.task_done()
    j.join()
    attempt("task_done again", j.task_done)
    s = mp.SimpleQueue()
    s.put([1, 2])
    print(s.empty(), s.get(), s.empty())
    s.close()
    attempt("SimpleQueue put after close", lambda: s.put(1))
    print(queue.Empty is mp.queues.Empty if hasattr(mp.queues, "Empty") else True)
