# A Pipe between two processes.
from multiprocessing import Process, Pipe


def child(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        conn.send(msg[::-1])
    conn.send(["done", 42, None])
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    for word in ["hello", "world", "gil"]:
        parent_conn.send(word)
        print(parent_conn.recv())
    parent_conn.send("stop")
    print(parent_conn.recv())
    p.join()
    print("exitcode", p.exitcode)
