# A Pipe carries bytes: send() sends its object's pickle, so recv_bytes() of it gives that pickle and
# recv() of send_bytes()'s bytes unpickles them; recv_bytes_into() fills a buffer or raises
# BufferTooShort holding the message; send_bytes() checks its offset and size.
import multiprocessing as mp


def child(conn):
    conn.send_bytes(b"hello")
    conn.send_bytes(bytearray(b"abcdef"), 2, 3)
    conn.send_bytes(memoryview(b"xyz"), 1)
    conn.send({"key": [1, 2.5, None]})
    conn.close()


def attempt(what, call):
    try:
        print(what, "->", repr(call()))
    except Exception as e:
        print(what, "->", type(e).__name__, e)


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    print(a.recv_bytes())
    print(a.recv_bytes())
    print(a.recv_bytes())
    print(a.recv_bytes())
    p.join()

    a, b = mp.Pipe()
    b.send_bytes(b"not a pickle")
    attempt("recv() of raw bytes", a.recv)
    b.send_bytes(b"\x80\x04K\x07.")
    attempt("recv() of a pickle's bytes", a.recv)
    b.send([1, 2])
    small = bytearray(4)
    attempt("recv_bytes_into() too small", lambda: a.recv_bytes_into(small))
    b.send_bytes(b"abc")
    buffer = bytearray(b"..........")
    attempt("recv_bytes_into(buffer, 5)", lambda: a.recv_bytes_into(buffer, 5))
    print(buffer)
    attempt("recv_bytes_into(buffer, -1)", lambda: a.recv_bytes_into(buffer, -1))
    attempt("recv_bytes_into(buffer, 11)", lambda: a.recv_bytes_into(buffer, 11))
    attempt("send_bytes offset -1", lambda: b.send_bytes(b"abc", -1))
    attempt("send_bytes offset 4", lambda: b.send_bytes(b"abc", 4))
    attempt("send_bytes size -1", lambda: b.send_bytes(b"abc", 0, -1))
    attempt("send_bytes offset 2 size 2", lambda: b.send_bytes(b"abc", 2, 2))
    attempt("recv_bytes(-1)", lambda: a.recv_bytes(-1))
    b.send_bytes(b"fits")
    attempt("recv_bytes(4)", lambda: a.recv_bytes(4))
    print(a.poll())
