# A threaded TCP echo server and clients on localhost: threads overlap while blocked on sockets.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]


def handle(conn):
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data.upper())


def serve(n):
    for _ in range(n):
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,)).start()


replies = {}


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(f"hello from client {i}".encode())
        replies[i] = s.recv(1024).decode()


acceptor = threading.Thread(target=serve, args=(3,))
acceptor.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for c in clients:
    c.start()
for c in clients:
    c.join()
acceptor.join()
server.close()
for i in sorted(replies):
    print(i, replies[i])
