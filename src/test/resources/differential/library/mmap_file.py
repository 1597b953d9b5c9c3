# mmap over files: shared writes reach the file, ACCESS_READ and ACCESS_COPY do not write it, offsets,
# resizing a file's map, descriptors from os.open, exported buffers and struct in place.
import mmap
import os
import struct
import tempfile


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


def contents(path):
    with open(path, "rb") as f:
        return f.read()


with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "data.bin")
    with open(path, "wb") as f:
        f.write(b"hello world\n" + bytes(range(20)) + b"\nlast line")

    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
        print(len(m), m.size(), m.readline(), m[:5], m.find(b"last"))
        m[0:5] = b"HELLO"
        m.seek(6)
        m.write(b"WORLD")
        m.flush()
        print(contents(path)[:12])
        m[-4:] = b"LINE"
        view = memoryview(m)
        view[11] = ord("!")
        struct.pack_into(">HI", m, 12, 513, 67305985)
        print(struct.unpack_from(">HI", m, 12), struct.unpack_from("4B", view, 12))
        attempt("close exported", m.close)
        view.release()
        m.close()
    print(contents(path))

    with open(path, "rb") as f:
        attempt("read-only file", lambda: mmap.mmap(f.fileno(), 0))
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        print(repr(r), r[:5])
        attempt("ro write", lambda: r.write(b"x"))
        attempt("ro pack_into", lambda: struct.pack_into("B", r, 0, 1))
        attempt("ro resize", lambda: r.resize(4))
        print(r.flush(), bytes(r) == contents(path))
        r.close()
        c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        c[:5] = b"copy!"
        print(c[:12], contents(path)[:12], c.flush())
        c.close()
        attempt("too long", lambda: mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_READ))
        attempt("offset past", lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ, offset=4096))
        attempt("offset unaligned", lambda: mmap.mmap(f.fileno(), 4, access=mmap.ACCESS_READ, offset=2))

    private_map_path = os.path.join(directory, "private.bin")
    with open(private_map_path, "wb") as f:
        f.write(b"private")
    with open(private_map_path, "r+b") as f:
        p = mmap.mmap(f.fileno(), 0, flags=mmap.MAP_PRIVATE)
        p[0] = ord("P")
        print(repr(p), p[:], contents(private_map_path))
        p.close()

    empty = os.path.join(directory, "empty.bin")
    open(empty, "wb").close()
    with open(empty, "r+b") as f:
        attempt("empty file", lambda: mmap.mmap(f.fileno(), 0))

    big = os.path.join(directory, "big.bin")
    with open(big, "wb") as f:
        f.write(bytes(range(256)) * 32)
    fd = os.open(big, os.O_RDWR)
    m = mmap.mmap(fd, 4096, offset=4096)
    os.close(fd)
    print(repr(m), m[:4], m.size())
    m[:4] = b"page"
    m.flush(0, 4096)
    attempt("flush past", lambda: m.flush(0, 8192))
    m.resize(100)
    print(len(m), m.size(), os.path.getsize(big), m[:6])
    m.resize(5000)
    print(len(m), m.size(), os.path.getsize(big), m[4999], m[:4])
    m.close()
    data = contents(big)
    print(len(data), data[4096:4100], data[-1])

    with open(path, "r+b") as f, mmap.mmap(f.fileno(), 0) as m:
        f.close()
        m[:5] = b"after"  # the map holds its own descriptor: the file's closing does not end it
    print(contents(path)[:5])

    with open(path, "rb") as f:
        target = mmap.mmap(-1, 8)
        print(f.readinto(target), target[:])
        attempt("readinto read-only", lambda: f.readinto(mmap.mmap(-1, 8, access=mmap.ACCESS_READ)))

    with tempfile.TemporaryFile() as f:  # a file already gone from its directory still maps
        f.write(b"0123456789")
        f.flush()
        with mmap.mmap(f.fileno(), 0) as m:
            print(m[:4], len(m), m.find(b"5"))
            m[0:2] = b"ab"
        f.seek(0)
        print(f.read())
