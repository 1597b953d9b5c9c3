# A child gets a copy of the pipe end it is sent, as it inherits a duplicated descriptor in CPython: the
# reader sees EOFError only once every copy of the sending end is closed, whether by close(), by being
# freed, or by the child's exit; the parent closing its own copy right after start() is the usual idiom
import multiprocessing as mp


def send_all(conn, items):
    for item in items:
        conn.send(item)
    conn.close()


def send_and_forget(conn, n):
    conn.send(n)  # no close(): the child's exit closes it


def send_then_drop(conn):
    conn.send("dropped")
    del conn  # freed: closed as CPython's Connection.__del__ closes it
    return "returned"


def drain(conn):
    items = []
    try:
        while True:
            items.append(conn.recv())
    except EOFError:
        return items


def main():
    receiver, sender = mp.Pipe(duplex=False)
    child = mp.Process(target=send_all, args=(sender, ["a", 1, {"k": [1, 2]}]))
    child.start()
    sender.close()
    print("parent read", drain(receiver))
    child.join()

    receiver, sender = mp.Pipe(duplex=False)
    child = mp.Process(target=send_and_forget, args=(sender, 7))
    child.start()
    child.join()
    print(receiver.recv(), "and the parent's copy keeps it open:", receiver.poll(0.2))
    sender.close()
    print("after closing the last copy:", receiver.poll(0), drain(receiver))

    receiver, sender = mp.Pipe(duplex=False)
    child = mp.Process(target=send_then_drop, args=(sender,))
    child.start()
    del sender
    print(drain(receiver))
    child.join()


if __name__ == "__main__":
    main()
