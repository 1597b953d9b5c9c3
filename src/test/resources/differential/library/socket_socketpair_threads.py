# socket.socketpair between threads: a wake-up channel watched by selectors, a request/reply loop,
# a file made from one end, and the end of the stream once the other end closes.
import selectors
import socket
import threading

a, b = socket.socketpair()
print(a.type == socket.SOCK_STREAM, b.type == socket.SOCK_STREAM, a.gettimeout(), b.getblocking())


def echo_upper(sock):
    while data := sock.recv(1024):
        sock.sendall(data.upper())
    sock.close()


server = threading.Thread(target=echo_upper, args=(b,))
server.start()
for word in (b"ping", b"gil", b"lab"):
    a.sendall(word)
    print(a.recv(1024))

# a selector wakes the main thread when a worker writes
r, w = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(r, selectors.EVENT_READ, data="wake-up")
timer = threading.Timer(0.01, w.send, args=(b"!",))
timer.start()
for key, events in sel.select(timeout=10):
    print(key.data, events == selectors.EVENT_READ, key.fileobj.recv(1))
timer.join()
sel.close()

with w.makefile("w") as f:
    f.write("line one\nline two\n")
w.close()
with r.makefile("r") as f:
    print(f.readlines())
r.close()

a.shutdown(socket.SHUT_WR)
server.join()
print(a.recv(10))
a.close()
