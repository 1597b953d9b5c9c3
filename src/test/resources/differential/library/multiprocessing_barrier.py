# multiprocessing.Barrier across processes: indexes, the action, abort, reset, timeout.
import multiprocessing as mp
import threading


log = None  # the results queue, in the parent and in the child: where the action reports


def announce():
    log.put("action")


def party(barrier, results):
    results.put(barrier.wait())


def child(barrier, two, results):
    global log
    log = results
    party(barrier, results)
    try:
        two.wait()
    except threading.BrokenBarrierError:
        results.put("broken")


def failing_action():
    raise ValueError("the action failed")


if __name__ == "__main__":
    barrier = mp.Barrier(3, action=announce, timeout=60)
    two = mp.Barrier(2)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = mp.Queue()
    log = results
    p = mp.Process(target=child, args=(barrier, two, results))
    p.start()
    t = threading.Thread(target=party, args=(barrier, results))
    t.start()
    mine = barrier.wait()
    t.join()
    # the last party ran the action before anyone left the barrier; the parties' reports travel
    # through two processes' feeder threads, so their order in the queue is not the order of events
    reports = [results.get() for _ in range(3)] + [mine]
    print(reports.count("action"), sorted(r for r in reports if r != "action"))

    # the child waiting when the barrier is aborted gets BrokenBarrierError
    while two.n_waiting == 0:
        pass
    two.abort()
    print(results.get(), two.broken)
    p.join()
    try:
        two.wait()
    except threading.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    two.reset()
    print(two.broken, two.n_waiting)

    # a timeout breaks the barrier for everyone
    try:
        two.wait(0.05)
    except threading.BrokenBarrierError:
        print("timed out:", two.broken)
    two.reset()
    print(two.broken)

    # an action that raises breaks the barrier; the last party sees its exception
    bad = mp.Barrier(1, action=failing_action)
    try:
        bad.wait()
    except ValueError as e:
        print("ValueError:", e, bad.broken)
    print(repr(mp.Barrier(2)).split(": ")[1], repr(bad).split(": ")[1])
