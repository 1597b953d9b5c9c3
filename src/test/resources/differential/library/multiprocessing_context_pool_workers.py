# A context's Process is its own class (ForkProcess, SpawnProcess), and the workers of its Pool, or of
# the default Pool once set_start_method('spawn') ran, are named after it: 'SpawnPoolWorker-N'
import multiprocessing as mp


def worker_name(_):
    return mp.current_process().name.split("-")[0]


def child():
    print("child is", type(mp.current_process()).__name__, mp.current_process().name.split("-")[0])


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        context = mp.get_context(method)
        print(method, context.Process.__name__, context.Process.__mro__[-2].__name__)
        with context.Pool(2) as pool:
            print(sorted(set(pool.map(worker_name, range(4), chunksize=1))), pool.map(abs, [-3]))
    process = mp.get_context("spawn").Process(target=child)
    process.start()
    process.join()
    print(type(process).__name__, process.exitcode, mp.get_context().Process.__name__)
    mp.set_start_method("spawn", force=True)
    with mp.Pool(1) as pool:
        print(pool.apply(worker_name, (0,)), mp.get_context().Process.__name__)
