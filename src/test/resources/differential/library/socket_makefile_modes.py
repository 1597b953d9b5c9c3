# socket.makefile's modes and errors, the raw SocketIO (attributes, closed and wrong-direction
# errors, timeouts that poison it, non-blocking reads), a socket that stays open until its files
# close, reprs of closed sockets and subclasses, and create_server/create_connection options.
import socket
import sys
import traceback


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
        return None
    print(label, "ok", result)
    return result


server = socket.create_server(("127.0.0.1", 0), backlog=5)
client = socket.create_connection(server.getsockname(), timeout=None)
peer, _ = server.accept()
print(type(peer).__name__, client.gettimeout(), server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)

for mode in ["r", "w", "rw", "wr", "", "rb", "wb", "rwb", "b", "br", "x", "rt", "r+", "bb"]:
    try:
        f = client.makefile(mode, encoding="utf-8")
    except ValueError as e:
        print(repr(mode), "ValueError", e)
        continue
    print(repr(mode), type(f).__name__, getattr(f, "mode", None), f.readable(), f.writable(), f.seekable(), f.closed)
    f.close()
attempt("text unbuffered", client.makefile, "r", buffering=0)
attempt("binary unbuffered", lambda: type(client.makefile("rb", buffering=0)).__name__)
attempt("buffering 10", lambda: type(client.makefile("wb", buffering=10)).__name__)
try:
    client.makefile("q")
except ValueError:
    traceback.print_exc(file=sys.stdout)

raw = client.makefile("rb", buffering=0)
print(raw.mode, raw.name == client.fileno(), raw.fileno() == client.fileno(), raw.readable(), raw.writable(),
      raw.seekable(), raw.closed, isinstance(raw, socket.SocketIO))
peer.sendall(b"hello\nworld\n")
print(raw.read(3), raw.readline())
buffer = bytearray(4)
print(raw.readinto(buffer), buffer)
attempt("write on reader", raw.write, b"x")
print(raw.read(2))
raw.close()
print(raw.closed, raw.name, raw.mode, raw.close())
for name in ["readable", "writable", "seekable", "fileno", "read"]:
    attempt(f"closed {name}", getattr(raw, name))
attempt("closed write", raw.write, b"x")

writer = socket.SocketIO(client, "w")
print(writer.mode, writer.write(b"abc"), peer.recv(10))
attempt("read on writer", writer.read, 1)
writer.close()
attempt("SocketIO mode", socket.SocketIO, client, "rt")

# a timed-out read poisons the raw stream; a non-blocking one answers None
client.settimeout(0.05)
timed = client.makefile("rb", buffering=0)
attempt("timeout", timed.read, 10)
peer.sendall(b"late")
attempt("after timeout", timed.read, 10)
timed.close()
print("still there", client.recv(10))
client.setblocking(False)
quiet = client.makefile("rb", buffering=0)
attempt("nothing yet", quiet.read, 10)
buffer = bytearray(3)
attempt("nothing yet readinto", quiet.readinto, buffer)
quiet.close()
client.setblocking(True)

# close() waits for the socket's files: the descriptor stays usable until the last one closes
reader = peer.makefile("rb")
lines = peer.makefile("r", encoding="utf-8")
peer.close()
print("closed but open", repr(peer).startswith("<socket.socket [closed] fd="), peer.fileno() != -1)
client.sendall(b"one\ntwo\n")
print(reader.readline(), lines.closed)
reader.close()
print("one file left", peer.fileno() != -1)
lines.close()
print("all closed", peer.fileno(), repr(peer))

with socket.socket() as plain:
    pass
print(repr(plain), plain.fileno())


class Tagged(socket.socket):
    pass


tagged = Tagged()
print(repr(tagged).startswith("<__main__.Tagged fd="), repr(tagged).endswith("laddr=('0.0.0.0', 0)>"))
tagged.close()
print(repr(tagged))

attempt("dualstack", socket.create_server, ("127.0.0.1", 0), dualstack_ipv6=True)
try:
    socket.create_server(server.getsockname())
except OSError as e:
    print("in use", e.errno, type(e).__name__, e.strerror.startswith("Address already in use (while attempting"),
          e.__suppress_context__, type(e.__context__).__name__)
reusing = socket.create_server(("127.0.0.1", 0), reuse_port=True)
print("reuse_port", reusing.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) != 0)
reusing.close()
timed_client = socket.create_connection(server.getsockname(), 2.5)
print("timeout given", timed_client.gettimeout())
timed_client.close()
print(socket.getfqdn("  localhost ") == "localhost", socket.getfqdn() == socket.getfqdn("0.0.0.0"))
client.close()
server.close()
