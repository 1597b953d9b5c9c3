# Shared memory: multiprocessing.Value and Array, with the Value's lock.
from multiprocessing import Process, Value, Array


def add_many(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def square_all(arr):
    for i in range(len(arr)):
        arr[i] = arr[i] ** 2


if __name__ == "__main__":
    counter = Value("i", 0)
    procs = [Process(target=add_many, args=(counter, 500)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value)
    arr = Array("d", [0.5, 1.5, 2.5])
    p = Process(target=square_all, args=(arr,))
    p.start()
    p.join()
    print("array:", arr[:])
    num = Value("d", 0.0)
    print(type(num.value).__name__, len(arr))
