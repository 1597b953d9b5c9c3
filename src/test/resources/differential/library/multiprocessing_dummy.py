# multiprocessing.dummy: the multiprocessing API over threads (DummyProcess, active_children, Value,
# Manager, Namespace, Pool, Queue) and its errors.
import multiprocessing.dummy as dummy
import threading


def state(thread):
    """A DummyProcess's repr without its thread id (it differs from run to run)."""
    text = repr(thread)
    return text.split(", started ")[0].split(", stopped ")[0]


results = []

gate = threading.Event()
worker = dummy.Process(target=gate.wait, name="waiter")
print(state(worker), worker.exitcode, worker.daemon, isinstance(worker, threading.Thread))
print(dummy.active_children())
worker.start()
print([state(c) for c in dummy.active_children()], worker.exitcode, worker.is_alive())
gate.set()
worker.join()
print(dummy.active_children(), worker.exitcode)
try:
    worker.start()
except RuntimeError as e:
    print("RuntimeError", e)

failing = dummy.Process(target=results.append, args=("ran",))
failing.start()
failing.join()
print(results, failing.exitcode)

late = dummy.Process(target=print)
errors = []


def start_elsewhere():
    try:
        late.start()
    except RuntimeError as e:
        errors.append(str(e).split(" but ")[1].split("(")[0])


helper = threading.Thread(target=start_elsewhere)
helper.start()
helper.join()
print(errors, late.exitcode)
try:
    dummy.Process(group=1)
except AssertionError as e:
    print("AssertionError", e)


class Greeter(dummy.Process):
    def run(self):
        results.append(("run", self.name))


g = Greeter(name="greeter")
g.start()
g.join()
print(results[-1], g.exitcode)

print(dummy.current_process() is threading.current_thread(), dummy.current_process().name)
v = dummy.Value("i", 3)
v.value += 4
print(v, v.value, dummy.Value("d", 1.5, lock=False), repr(dummy.Value("u", ["x"])))
manager = dummy.Manager()
print(manager is dummy, manager.dict(a=1), manager.list("ab"), dummy.shutdown(), dummy.freeze_support())
ns = dummy.Namespace(b=2, a=1, _hidden=0)
ns.c = [3]
print(ns, dummy.Namespace(), vars(ns))
q = dummy.Queue()
q.put(1)
print(type(q).__name__, q.get(), dummy.JoinableQueue is dummy.Queue)
with dummy.Pool(2, initializer=results.append, initargs=("init",)) as pool:
    print(pool.map(abs, [-1, -2, 3]), pool.apply(divmod, (7, 2)))
print(results.count("init"))
try:
    dummy.Pool(0)
except ValueError as e:
    print("ValueError", e)
print(sorted(set(dummy.__all__) - {"Pipe"}))
lock = dummy.Lock()
with dummy.Condition(dummy.RLock()):
    print(lock.acquire(False), dummy.Semaphore(2), dummy.BoundedSemaphore is threading.BoundedSemaphore)
