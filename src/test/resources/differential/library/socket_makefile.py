# socket.makefile: a line protocol over TCP read and written as text files; the socket type's layers.
import io
import socket
import threading

print(socket.socket.__mro__, socket.SocketType is socket.socket)
server = socket.create_server(("127.0.0.1", 0))
log = []


def serve():
    conn, _ = server.accept()
    with conn, conn.makefile("r", encoding="utf-8") as lines, conn.makefile("wb") as out:
        log.append((type(conn).__name__, type(lines).__name__, type(out).__name__))
        for line in lines:
            command, _, arg = line.rstrip("\n").partition(" ")
            if command == "quit":
                out.write(b"bye\n")
                break
            out.write(f"{command.upper()} {arg[::-1]}\n".encode())
            out.flush()


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(server.getsockname()) as client:
    f = client.makefile("rw", encoding="utf-8", newline="\n")
    for word in ["echo hello", "shout naïve", "quit"]:
        f.write(word + "\n")
        f.flush()
        print(repr(f.readline()))
    print(repr(f.readline()), f.mode)
    f.close()
t.join()
server.close()
print(log)
try:
    client.makefile("x")
except ValueError as e:
    print(e)
