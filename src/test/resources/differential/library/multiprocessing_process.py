# multiprocessing.Process: a subclass overriding run(), exit codes, names, the child's traceback.
import multiprocessing as mp
import sys


class Job(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("job", self.n, mp.current_process().name, mp.parent_process() is not None)


def fail():
    raise ValueError("boom")


def leave():
    sys.exit(3)


if __name__ == "__main__":
    j = Job(5)
    print(j.name, j.pid, j.exitcode, j.is_alive(), j.daemon, repr(j).split(" parent=")[0])
    j.start()
    j.join()
    print(j.exitcode, j.is_alive(), j.pid > 0)
    p = mp.Process(target=fail, name="failing")
    p.start()
    p.join()
    print(p.exitcode)
    q = mp.Process(target=leave)
    q.start()
    q.join()
    print(q.exitcode, q.name, mp.active_children())
    print(mp.current_process().name, mp.parent_process(), mp.current_process())
