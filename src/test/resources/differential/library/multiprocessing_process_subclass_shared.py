# Process subclasses whose attributes are what a child shares with its parent: the tutorial's
# consumers draining a JoinableQueue, and a worker holding a Value, an Array, a Lock, an Event, a
# Condition, a Semaphore, a Pipe's end, a set, a Manager's dict (a frozenset for a key), list,
# Namespace and Queue, an instance of a class of the program, a function and a bound method (each as
# a fork would give it to the child).
import multiprocessing as mp


class Consumer(mp.Process):
    def __init__(self, tasks, results):
        super().__init__()
        self.tasks = tasks
        self.results = results

    def run(self):
        while True:
            task = self.tasks.get()
            if task is None:
                self.tasks.task_done()
                break
            self.results.put((task.number, task.square()))
            self.tasks.task_done()


class Task:
    def __init__(self, number):
        self.number = number

    def square(self):
        return self.number * self.number


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def double(x):
    return 2 * x


class Holder(mp.Process):
    def __init__(self, conn, manager, point, **kwargs):
        super().__init__(**kwargs)
        self.value, self.array = mp.Value("d", 1.5), mp.Array("i", [1, 2, 3])
        self.lock, self.event, self.condition = mp.Lock(), mp.Event(), mp.Condition()
        self.semaphore = mp.Semaphore(2)
        self.conn = conn
        self.shared = manager.dict(start=0)
        self.log = manager.list()
        self.namespace = manager.Namespace()
        self.mailbox = manager.Queue()
        self.point, self.function, self.method = point, double, point.scaled
        self.numbers = {3, 4}

    def run(self):
        with self.lock:
            self.value.value *= 2
        self.array[:] = [self.function(i) for i in self.array]
        with self.semaphore:
            self.shared["child"] = mp.current_process().name
            self.shared[frozenset({1, 2})] = {x * x for x in self.numbers}
        self.log.extend(["run", self.name])
        self.namespace.point = repr(self.method(10))
        self.mailbox.put("through the manager")
        self.conn.send((self.point, self.point.x + self.point.y))
        with self.condition:
            self.event.set()
            self.condition.notify_all()


if __name__ == "__main__":
    tasks, results = mp.JoinableQueue(), mp.Queue()
    consumers = [Consumer(tasks, results) for _ in range(2)]
    for c in consumers:
        c.start()
    for n in range(8):
        tasks.put(Task(n))
    for _ in consumers:
        tasks.put(None)
    tasks.join()
    print(sorted(results.get() for _ in range(8)))
    for c in consumers:
        c.join()
    print([(c.name, c.exitcode) for c in consumers])

    with mp.Manager() as manager:
        mine, theirs = mp.Pipe()
        h = Holder(theirs, manager, Point(3, 4), name="holder", daemon=True)
        h.start()
        print(mine.recv())
        h.event.wait()
        h.join()
        print(h.exitcode, h.value.value, h.array[:], h.event.is_set())
        print(sorted(h.shared.items(), key=repr), list(h.log), h.namespace.point, h.mailbox.get())
    print(mp.Process().name)
