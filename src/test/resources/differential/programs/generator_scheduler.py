# Cooperative multitasking with generators (the "generators as coroutines" talk style).
from collections import deque


class Task:
    next_id = 0

    def __init__(self, target):
        Task.next_id += 1
        self.tid = Task.next_id
        self.target = target
        self.sendval = None

    def run(self):
        return self.target.send(self.sendval)


class SystemCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}

    def new(self, target):
        task = Task(target)
        self.taskmap[task.tid] = task
        self.schedule(task)
        return task.tid

    def schedule(self, task):
        self.ready.append(task)

    def mainloop(self):
        while self.taskmap:
            task = self.ready.popleft()
            try:
                result = task.run()
                if isinstance(result, SystemCall):
                    result.handle(self, task)
                    continue
            except StopIteration as stop:
                print(f"task {task.tid} finished with {stop.value!r}")
                del self.taskmap[task.tid]
                continue
            self.schedule(task)


def foo():
    mytid = yield GetTid()
    for i in range(3):
        print("I'm foo", mytid, i)
        yield
    return "foo done"


def bar():
    mytid = yield GetTid()
    for i in range(5):
        print("I'm bar", mytid, i)
        yield
    return sum(range(5))


sched = Scheduler()
sched.new(foo())
sched.new(bar())
sched.mainloop()
