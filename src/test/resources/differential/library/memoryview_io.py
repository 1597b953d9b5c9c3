# memoryview in threaded I/O code: BytesIO.getbuffer() (written through; no resize, write, truncate or
# close while it lives), readinto into a view, socket send of a sliding view and recv_into a view,
# hashlib, struct, os.write, base64/binascii and zlib taking views.
import base64
import binascii
import hashlib
import io
import os
import socket
import struct
import tempfile
import threading
import zlib


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


stream = io.BytesIO(b"hello")
buf = stream.getbuffer()
print(type(buf).__name__, buf.readonly, len(buf), buf.tobytes())
buf[0] = ord("J")
print(stream.getvalue(), stream.read(2), stream.readline(), stream.tell())
for label, f in [("write", lambda: stream.write(b"x")), ("truncate", lambda: stream.truncate(2)),
                 ("close", lambda: stream.close()), ("seek", lambda: stream.seek(1)), ("read", lambda: stream.read()),
                 ("getvalue", lambda: stream.getvalue())]:
    attempt(label, f)
other = stream.getbuffer()
buf.release()
attempt("write with the other view", lambda: stream.write(b"x"))
del other
stream.seek(0)
print(stream.write(b"JJ"), stream.getvalue(), type(stream.getvalue()).__name__, type(stream.read()).__name__)
with stream.getbuffer() as view:
    view[-1] = ord("!")
stream.write(b"++")
print(stream.getvalue(), stream.truncate(3), stream.getvalue())
print(hashlib.sha256(stream.getbuffer()).hexdigest()[:16], hashlib.file_digest(io.BytesIO(b"abc"), "md5").hexdigest())
stream.close()
attempt("getbuffer closed", lambda: stream.getbuffer())
print(io.BytesIO(memoryview(b"init")).getvalue(), io.BytesIO().write(memoryview(b"abc")[1:]))
attempt("write strided", lambda: io.BytesIO().write(memoryview(b"abc")[::2]))

# readinto a view, and into a slice of one
source = io.BytesIO(b"0123456789")
target = bytearray(6)
print(source.readinto(memoryview(target)[2:]), target)
print(source.readinto(memoryview(target).cast("c")), target, source.readinto(memoryview(target)), target)
attempt("readinto read-only view", lambda: io.BytesIO(b"x").readinto(memoryview(b"abc")))
attempt("readinto bytes", lambda: io.BytesIO(b"x").readinto(b"abc"))
with tempfile.TemporaryDirectory() as base:
    path = os.path.join(base, "data.bin")
    with open(path, "wb") as f:
        print(f.write(memoryview(b"abcdefgh")[1:7]), f.write(memoryview(bytearray(b"XY"))))
    with open(path, "rb") as f:
        chunk = bytearray(4)
        view = memoryview(chunk)
        print(f.readinto(view[1:]), chunk, f.readinto(view), chunk, f.raw.readinto(view), chunk)
    with open(path, "rb", buffering=0) as f:
        print(f.readinto(memoryview(chunk)[:2]), chunk)
    import pathlib
    print(pathlib.Path(path).write_bytes(memoryview(b"abcdefgh")[1:7]), pathlib.Path(path).read_bytes())
    attempt("write_bytes int", lambda: pathlib.Path(path).write_bytes(7))
    print(pathlib.Path(path).write_bytes(b"bcdefgXY"))
    fd = os.open(path, os.O_WRONLY)
    print(os.write(fd, memoryview(b"--")))
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())

# sockets: a sender sliding a view over its buffer, a receiver filling a view of its own
payload = bytes(range(256)) * 40
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = bytearray(len(payload))

    def receive():
        conn, _ = server.accept()
        with conn:
            view = memoryview(received)
            filled = 0
            while filled < len(received):
                n = conn.recv_into(view[filled:], min(1000, len(received) - filled))
                if n == 0:
                    break
                filled += n
            conn.sendall(memoryview(b"done"))

    t = threading.Thread(target=receive)
    t.start()
    with socket.create_connection(server.getsockname()) as client:
        view = memoryview(payload)
        sent = 0
        while sent < len(payload):
            sent += client.send(view[sent:sent + 3000])
        reply = bytearray(8)
        n = client.recv_into(reply)
        while n < 4:
            n += client.recv_into(memoryview(reply)[n:])
        print(sent, bytes(reply[:n]))
    t.join()
    print(received == payload, bytes(received[:4]), bytes(received[-2:]))
    attempt("recv_into bytes", lambda: server.recv_into(b"abc"))
    attempt("recv_into negative", lambda: server.recv_into(bytearray(2), -1))
    attempt("recv_into too many", lambda: server.recv_into(bytearray(2), 5))
    attempt("recv_into read-only", lambda: server.recv_into(memoryview(b"ab")))

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
    receiver.bind(("127.0.0.1", 0))
    print(sender.sendto(memoryview(b"datagram")[4:], receiver.getsockname()))
    box = bytearray(10)
    n, address = receiver.recvfrom_into(memoryview(box)[1:])
    print(n, box, address[0])
    attempt("recvfrom_into too many", lambda: receiver.recvfrom_into(bytearray(2), 5))

# hashlib, struct, binascii, base64, zlib
data = memoryview(b"The quick brown fox")
h = hashlib.sha256(data[:9])
h.update(data[9:])
print(h.hexdigest() == hashlib.sha256(b"The quick brown fox").hexdigest(), hashlib.md5(data[2:]).hexdigest())
for label, f in [("md5 strided", lambda: hashlib.md5(data[::2])), ("unpack strided", lambda: struct.unpack("2B", data[:4:2])),
                 ("crc32 strided", lambda: zlib.crc32(data[::-1])), ("hexlify strided", lambda: binascii.hexlify(data[::3]))]:
    attempt(label, f)
print(struct.unpack("<HI", memoryview(b"\x01\x00\x02\x00\x00\x00")), struct.unpack_from(">H", memoryview(b"xx\x00\x07"), 2))
packed = bytearray(8)
struct.pack_into("<I", memoryview(packed), 2, 0x01020304)
struct.pack_into(">H", memoryview(packed)[4:], 2, 0xABCD)
print(packed, list(struct.iter_unpack("B", memoryview(b"\x01\x02"))))
attempt("pack_into read-only", lambda: struct.pack_into("B", memoryview(b"ab"), 0, 1))
print(binascii.hexlify(data[:3]), binascii.crc32(data), binascii.b2a_base64(data[4:9]), binascii.a2b_base64(memoryview(b"cXVpY2s=")))
print(base64.b64encode(data[:5]), base64.b64decode(memoryview(b"cXVpY2s=")), base64.b32encode(data[:5]), base64.b16encode(data[:2]))
print(base64.encodebytes(data[:3]), base64.urlsafe_b64decode(memoryview(b"cXVpY2s=")), base64.a85encode(data[:4]))
print(zlib.decompress(zlib.compress(data)) == data, zlib.crc32(data[:3]), zlib.adler32(memoryview(b"abc")))
