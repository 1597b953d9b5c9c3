# current_process() in a worker is the Process object its parent made for it: a Pool's workers are
# daemon ForkProcesses named 'ForkPoolWorker-N', a ProcessPoolExecutor's are 'ForkProcess-N', and
# each takes a child number of the parent, so the Processes made after them are numbered on.
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def who(_):
    me = mp.current_process()
    parent = mp.parent_process()
    return (me.name, type(me).__name__, me.daemon, len(me._identity), me.pid == os.getpid(), me.is_alive(),
            parent.name, parent.pid == os.getppid(), repr(me).replace(str(os.getppid()), "PARENT").replace(me.name, "NAME"))


def child():
    print("child", mp.current_process().name, mp.parent_process().name, flush=True)


def show(rows, names):
    # which worker runs which call is up to the scheduler: each row once, whichever workers ran
    rows = list(rows)
    print(all(row[0] in names for row in rows), sorted(set(row[1:] for row in rows)))


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    with mp.Pool(2) as pool:
        show(pool.map(who, range(6)), {"ForkPoolWorker-2", "ForkPoolWorker-3"})
    with ProcessPoolExecutor(2) as executor:
        show(executor.map(who, range(6)), {"ForkProcess-4", "ForkProcess-5"})
    print(mp.Process(target=child).name)
    with mp.Pool(1) as pool:
        print(pool.apply(who, (0,))[0])
    print(mp.current_process().name, mp.parent_process())
