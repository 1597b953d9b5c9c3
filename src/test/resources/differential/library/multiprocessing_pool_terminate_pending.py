# terminate() while calls run: what was done stays ready, what it cut short never becomes ready (its
# callback never runs, get(timeout) times out, successful() says "not ready"); map_async's result is a
# MapResult
import multiprocessing as mp


def wait_for(event):
    event.wait()
    return "woke"


if __name__ == "__main__":
    event = mp.Manager().Event()
    pool = mp.Pool(2)
    done = pool.apply_async(abs, (-1,))
    print(done.get())
    called = []
    mapped = pool.map_async(wait_for, [event, event], chunksize=1, callback=called.append)
    applied = pool.apply_async(wait_for, (event,))
    print(type(mapped).__name__, type(applied).__name__, repr(mapped).split(" at ")[0])
    pool.terminate()
    pool.join()
    print(done.ready(), done.successful(), mapped.ready(), applied.ready(), called)
    for result in (mapped, applied):
        try:
            result.get(timeout=0.05)
        except mp.TimeoutError:
            print("TimeoutError")
        try:
            result.successful()
        except ValueError as e:
            print(str(e).split(" object at ")[0], str(e).split(">")[1])
    event.set()
