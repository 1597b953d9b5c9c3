# socketserver: a ThreadingTCPServer echoing lines to client threads, a handler's error printed by
# handle_error, handle_request with a timeout, a UDP server, shutdown joining serve_forever.
import socket
import socketserver
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line == b"boom\n":
                raise RuntimeError("handler failed")
            self.wfile.write(line.upper())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # The client's port differs from run to run: print CPython's block with a fixed one.
        super().handle_error(request, ("127.0.0.1", 0))


def client(port, name, lines, results):
    with socket.create_connection(("127.0.0.1", port)) as sock:
        reader = sock.makefile("rb")
        got = []
        for line in lines:
            sock.sendall(line.encode() + b"\n")
            got.append(reader.readline().decode().strip())
        sock.shutdown(socket.SHUT_WR)
        got.append(reader.read())
        reader.close()
    results[name] = got


with Server(("127.0.0.1", 0), Echo) as server:
    host, port = server.server_address
    print(host, type(port).__name__, port > 0, server.RequestHandlerClass.__name__, server.daemon_threads,
          server.block_on_close, server.socket.type == socket.SOCK_STREAM, server.fileno() == server.socket.fileno())
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    serving.start()
    results = {}
    clients = [threading.Thread(target=client, args=(port, f"c{i}", [f"hello {i}", f"line {i * i}"], results))
               for i in range(4)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    for name in sorted(results):
        print(name, results[name])
    # A handler that raises: handle_error prints the block, the connection is closed.
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"ok\nboom\n")
        data = b""
        while chunk := sock.recv(100):
            data += chunk
        print("after error:", data)
    server.shutdown()
    serving.join()
    print("serve_forever returned", serving.is_alive())
print("closed:", server.socket.fileno())


# handle_request: one request, or handle_timeout when none comes within timeout.
class Once(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print("handle_timeout called")


class Reply(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup", type(self.request).__name__, self.server is once)

    def handle(self):
        self.request.sendall(b"reply:" + self.request.recv(100))

    def finish(self):
        print("finish")


def _ask(address, message=b"ping"):
    with socket.create_connection(address) as sock:
        sock.sendall(message)
        return sock.recv(100)


def asking(label, address, message=b"ping"):
    # A client thread; what it got is printed once it is joined (the handler prints meanwhile).
    answers = []
    thread = threading.Thread(target=lambda: answers.append(_ask(address, message)))
    thread.start()
    return lambda: (thread.join(), print(label, answers[0]))


once = Once(("127.0.0.1", 0), Reply)
print(once.handle_request())
done = asking("client got", once.server_address)
once.timeout = None
once.handle_request()
done()
once.server_close()


# verify_request refusing: the request is shut down without a handler.
class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return False


with Picky(("127.0.0.1", 0), Reply) as picky:
    done = asking("refused client got", picky.server_address)
    picky.handle_request()
    done()


# UDP: DatagramRequestHandler answers through wfile.
class Shout(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper() + b"!")


with socketserver.ThreadingUDPServer(("127.0.0.1", 0), Shout) as udp:
    print(udp.socket.type == socket.SOCK_DGRAM, udp.max_packet_size, udp.allow_reuse_address)
    serving = threading.Thread(target=udp.serve_forever, args=(0.05,))
    serving.start()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(b"quiet", udp.server_address)
    print("udp reply", s.recvfrom(100)[0])
    s.close()
    udp.shutdown()
    serving.join()

# StreamRequestHandler with a buffered wfile and a timeout.
class Buffered(socketserver.StreamRequestHandler):
    wbufsize = 64
    timeout = 5

    def handle(self):
        print("timeout", self.connection.gettimeout(), type(self.wfile).__name__, type(self.rfile).__name__)
        self.wfile.write(self.rfile.readline()[::-1])


with socketserver.TCPServer(("127.0.0.1", 0), Buffered) as server:
    done = asking("buffered reply", server.server_address, b"abc\n")
    server.handle_request()
    done()

# A failed bind closes the socket and raises.
with socketserver.TCPServer(("127.0.0.1", 0), Reply) as first:
    try:
        socketserver.TCPServer(first.server_address, Reply)
    except OSError as e:
        print("second bind:", type(e).__name__, e.errno)
print(socketserver.TCPServer.request_queue_size, socketserver.BaseServer.timeout, socketserver.__version__,
      [n for n in socketserver.__all__ if "Fork" not in n and "Unix" not in n])
