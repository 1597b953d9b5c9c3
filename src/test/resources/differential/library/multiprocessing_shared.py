# Objects processes share: locks, an event, queues, a one-way pipe, Value and Array typecodes.
import multiprocessing as mp
import queue


def worker(lock, rlock, sem, event, jq, sq, conn, flag, letters):
    with lock:
        with rlock:
            with rlock:
                pass
    sem.acquire()
    sem.release()
    event.wait(60)
    item = jq.get()
    jq.task_done()
    sq.put(("simple", item * 2))
    conn.send({"from": "child", "items": [1, 2.5, None, b"raw"]})
    conn.close()
    flag.value = -1
    letters[0] = b"X"


if __name__ == "__main__":
    lock = mp.Lock()
    rlock = mp.RLock()
    sem = mp.BoundedSemaphore(2)
    event = mp.Event()
    jq = mp.JoinableQueue()
    sq = mp.SimpleQueue()
    reader, writer = mp.Pipe(duplex=False)
    flag = mp.Value("b", 0)
    letters = mp.Array("c", b"abc")
    print(lock, rlock, sem, event.is_set())
    p = mp.Process(target=worker, args=(lock, rlock, sem, event, jq, sq, writer, flag, letters))
    p.start()
    jq.put(21)
    event.set()
    jq.join()
    print(sq.get(), jq.empty())
    print(reader.recv())
    p.join()
    print(flag.value, letters[:], letters.value, len(letters), p.exitcode)
    try:
        jq.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty")
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        writer.recv()
    except OSError as e:
        print("OSError:", e)
    reader.close()
    try:
        reader.recv()
    except OSError as e:
        print("OSError:", e)
    wrap = mp.Value("i", 2**31 + 5)
    print(wrap.value, mp.Value("d", 2).value, mp.Array("i", 3)[:], mp.Value("c").value)
    try:
        mp.Value("i", 1.5)
    except TypeError as e:
        print("TypeError:", e)
    print(repr(mp.Value("i", 7)), mp.Semaphore(3).get_value())
