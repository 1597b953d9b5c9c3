# select.select and selectors over sockets: a single-threaded echo server multiplexing clients.
import select
import selectors
import socket

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
print(select.select([server], [], [], 0))
clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
r, w, x = select.select([server], clients, [], 1.0)
print(r == [server], len(w), x)

conns = []
while len(conns) < 3:
    ready, _, _ = select.select([server], [], [])
    conn, _ = ready[0].accept()
    conns.append(conn)
for i, c in enumerate(clients):
    c.sendall(f"message {i}".encode())
pending = set(range(3))
replies = {}
while pending:
    ready, _, _ = select.select(conns, [], [], 2.0)
    for conn in ready:
        conn.sendall(conn.recv(100).upper())
    ready, _, _ = select.select(clients, [], [], 0.5)
    for c in ready:
        i = clients.index(c)
        replies[i] = c.recv(100)
        pending.discard(i)
print(sorted(replies.items()))
print(select.select([clients[0]], [], [], 0.01))
print(select.select([], [], [], 0.01))
try:
    select.select([object()], [], [])
except TypeError as e:
    print(e)

sel = selectors.DefaultSelector()
key = sel.register(server, selectors.EVENT_READ, data="accept")
print(key.events, key.data, key.fileobj is server)
extra = socket.create_connection(("127.0.0.1", port))
events = sel.select(timeout=2)
print([(k.data, mask) for k, mask in events])
conn, _ = server.accept()
sel.register(conn, selectors.EVENT_READ, data="echo")
extra.sendall(b"via selectors")
for k, mask in sel.select(timeout=2):
    if k.data == "echo":
        k.fileobj.sendall(k.fileobj.recv(100)[::-1])
print(extra.recv(100))
print(len(sel.get_map()), sel.get_key(conn).data)
sel.unregister(conn)
try:
    sel.unregister(conn)
except KeyError:
    print("not registered")
sel.close()
for s in clients + conns + [server, extra, conn]:
    s.close()
conn.close()
try:
    select.select([conn], [], [], 0)
except ValueError as e:
    print(e)
