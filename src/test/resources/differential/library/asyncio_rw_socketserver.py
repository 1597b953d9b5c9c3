# socketserver without threads: a handler's error through handle_request (the traceback's
# lines are the module's), a SystemExit leaving handle_request after the request is shut down,
# handle_request's timeout, serve_forever stopped by shutdown(), and a UDP round trip.
import socket
import socketserver
import sys
import threading
import traceback


class Log:
    lines = []


class Failing(socketserver.StreamRequestHandler):
    def handle(self):
        word = self.rfile.readline().strip()
        if word == b"exit":
            raise SystemExit("handler asked to exit")
        raise ValueError(f"cannot handle {word!r}")

    def finish(self):
        Log.lines.append("finish")
        super().finish()


class Server(socketserver.TCPServer):
    allow_reuse_address = True
    timeout = 5

    def handle_error(self, request, client_address):
        print("handle_error for a client of", client_address[0], file=sys.stderr)
        traceback.print_exc()

    def shutdown_request(self, request):
        Log.lines.append("shutdown_request")
        super().shutdown_request(request)

    def handle_timeout(self):
        Log.lines.append("timed out")


def send(address, data):
    with socket.create_connection(address) as client:
        client.sendall(data)
        return client.recv(100)


with Server(("127.0.0.1", 0), Failing) as server:
    for word in (b"hello\n", b"exit\n"):
        client = threading.Thread(target=send, args=(server.server_address, word))
        client.start()
        try:
            server.handle_request()
        except SystemExit as e:
            print("SystemExit:", e)
        client.join()
    print(Log.lines)
    server.timeout = 0.01
    print(server.handle_request(), Log.lines[-1])


class Echo(socketserver.StreamRequestHandler):
    wbufsize = 64  # a buffered wfile, flushed by finish()

    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


with socketserver.TCPServer(("127.0.0.1", 0), Echo) as server:
    serving = threading.Thread(target=server.serve_forever, args=(0.01,))
    serving.start()
    print(send(server.server_address, b"echo me\n"))
    server.shutdown()
    serving.join()
    print("stopped", serving.is_alive())


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with socketserver.UDPServer(("127.0.0.1", 0), Upper) as server:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        client.sendto(b"datagram", server.server_address)
        server.handle_request()
        print(client.recvfrom(100)[0])

unbound = socketserver.TCPServer(("127.0.0.1", 0), Echo, bind_and_activate=False)
print(unbound.server_address, unbound.socket.fileno() >= 0)
unbound.server_close()
