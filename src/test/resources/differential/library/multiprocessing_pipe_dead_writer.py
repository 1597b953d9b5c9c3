# A child that dies without closing the pipe end it was sent (killed by terminate(), or leaving by
# os._exit, which runs no cleanup) still closes it, as the system closes a dead process's descriptors:
# once the parent has closed its own copy, the reader sees EOFError after the last item
import multiprocessing as mp
import os


def send_then_wait(conn, stop):
    conn.send("before terminate")
    stop.wait()


def send_then_exit(conn):
    conn.send("before _exit")
    os._exit(3)


def drain(conn):
    items = []
    try:
        while True:
            items.append(conn.recv())
    except EOFError:
        return items


if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)
    stop = mp.Event()
    child = mp.Process(target=send_then_wait, args=(writer, stop))
    child.start()
    writer.close()
    print(reader.recv())
    child.terminate()
    child.join()
    print(child.exitcode < 0, drain(reader))

    reader, writer = mp.Pipe(duplex=False)
    child = mp.Process(target=send_then_exit, args=(writer,))
    child.start()
    writer.close()
    child.join()
    print(child.exitcode, drain(reader))

    reader, writer = mp.Pipe()
    child = mp.Process(target=send_then_exit, args=(writer,))
    child.start()
    writer.close()
    child.join()
    print(child.exitcode, drain(reader))
