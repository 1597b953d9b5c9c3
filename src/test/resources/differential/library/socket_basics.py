# socket over TCP and UDP on loopback: server and client, addresses, timeouts, errors.
import socket
import threading

print(socket.AF_INET, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError))
print(socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    host, port = server.getsockname()
    print(host, port > 0, server.family, server.type, server.gettimeout())

    seen = []

    def serve():
        conn, addr = server.accept()
        with conn:
            seen.append((addr[0], conn.getsockname() == server.getsockname()))
            chunks = []
            while True:
                data = conn.recv(4)
                if not data:
                    break
                chunks.append(data)
            conn.sendall(b"".join(chunks)[::-1])
            conn.shutdown(socket.SHUT_WR)

    t = threading.Thread(target=serve)
    t.start()
    client = socket.create_connection((host, port))
    print(client.getpeername() == (host, port), client.send(b"abc"))
    client.sendall(b"defghijklmnop" * 100)
    client.shutdown(socket.SHUT_WR)
    reply = b""
    while data := client.recv(1000):
        reply += data
    print(len(reply), reply[:10])
    t.join()
    print("accepted from", seen)
    client.close()
    print(repr(client))
    try:
        client.recv(1)
    except OSError as e:
        print(type(e).__name__, e)

    server.settimeout(0.05)
    try:
        server.accept()
    except socket.timeout as e:
        print("timeout:", e, type(e).__name__)
    server.setblocking(False)
    print(server.gettimeout())
    try:
        server.accept()
    except BlockingIOError as e:
        print(type(e).__name__, e.errno)

free = socket.socket()
free.bind(("127.0.0.1", 0))
closed_port = free.getsockname()[1]
free.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", closed_port)))
s.close()
try:
    socket.create_connection(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
try:
    socket.socket().settimeout(-1)
except ValueError as e:
    print(e)

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 0))
print(u2.sendto(b"ping", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.sendto(b"pong", addr)
print(u2.recvfrom(100)[0])
u1.settimeout(0.01)
try:
    u1.recvfrom(10)
except TimeoutError as e:
    print(repr(e))
u1.close()
u2.close()
