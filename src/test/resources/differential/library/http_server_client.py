# http.server and http.client: a ThreadingHTTPServer on port 0 in a thread, http.client requests
# (GET, POST with a body, keep-alive, chunked replies, 404 through send_error), raw request lines
# the server refuses, and shutdown joining serve_forever. The log lines go to stderr in CPython's
# format; only their date is fixed, so that the output is the same on every run.
import http.client
import http.server
import socket
import threading
from http import HTTPStatus


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Demo/1.0"

    def log_date_time_string(self):
        return "01/Jan/2024 00:00:00"

    def reply(self, body, content_type="text/plain"):
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/missing":
            self.send_error(HTTPStatus.NOT_FOUND, "No such page <here>")
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"first ", b"second ", b"third"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/teapot":
            self.send_error(418)
        else:
            text = f"{self.command} {self.path} {self.request_version} host={self.headers['host'] is not None}"
            self.reply(text.encode())

    def do_HEAD(self):
        self.reply(b"never sent")

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.reply(b"got " + data + b" as " + self.headers.get("content-type", "?").encode())


def show(response, body):
    headers = [(k, v) for k, v in response.getheaders() if k != "Date"]
    print(response.status, repr(response.reason), response.version, headers)
    print("   body:", body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.daemon_threads, server.allow_reuse_address, server.server_port == server.server_address[1])
server.daemon_threads = False  # server_close() joins the handler threads: none is left running
serving = threading.Thread(target=server.serve_forever, args=(0.05,))
serving.start()
port = server.server_port

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/index?x=1", headers={"X-Test": "yes"})
r = conn.getresponse()
show(r, r.read())
print(r.isclosed(), r.getheader("content-type"), r.getheader("X-None", "dflt"), r.getheader("x-none"),
      "Server" in r.headers, r.headers["CONTENT-LENGTH"], r.msg.get_all("nope"))
# The same connection again: HTTP/1.1 keeps it open.
conn.request("POST", "/submit", body="name=value", headers={"Content-Type": "application/x-www-form-urlencoded"})
r = conn.getresponse()
show(r, r.read(5) + b"|" + r.read())
conn.request("POST", "/bytes", body=b"\x00\x01")
r = conn.getresponse()
show(r, r.read())
conn.request("GET", "/missing")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Connection"), r.getheader("Content-Type"), r.will_close)
print(r.read().decode())
conn.close()

conn = http.client.HTTPConnection(f"127.0.0.1:{port}")
print(conn.host, conn.port == port)
conn.request("GET", "/chunked")
r = conn.getresponse()
print(r.status, r.chunked, r.getheader("transfer-encoding"), r.read(3), r.read(8), r.read())
conn.request("HEAD", "/")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read(), r.isclosed())
conn.request("GET", "/teapot")
r = conn.getresponse()
body = r.read().decode()
print(r.status, r.reason, "I&#x27;m" in body, "Server refuses" in body)
conn.close()

# Raw requests the server refuses.
for raw in [b"GET\r\n\r\n", b"BREW /pot HTTP/1.1\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"GET / FTP/1.0\r\n\r\n",
            b"PUT /x\r\n\r\n", b"GET /a b c HTTP/1.0\r\n\r\n", b"GET /old\r\n\r\n"]:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(raw)
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
    lines = [line for line in data.decode().split("\r\n") if not line.startswith("Date:")]
    print(repr(raw), lines[:5], len(data) > 0)

# Errors of http.client itself.
conn = http.client.HTTPConnection("127.0.0.1", port)
for action in [lambda: conn.getresponse(), lambda: conn.putheader("A", "b"), lambda: conn.request("GET", "/a b"),
               lambda: conn.request("GE\nT", "/"), lambda: http.client.HTTPConnection("h:port")]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
    conn.close()
for exc in [http.client.IncompleteRead(b"abc", 5), http.client.IncompleteRead(b""), http.client.BadStatusLine(""),
            http.client.LineTooLong("header line"), http.client.RemoteDisconnected("gone"),
            http.client.UnknownProtocol("HTTP/3"), http.client.ResponseNotReady("Idle")]:
    print(type(exc).__name__, repr(str(exc)), exc.args, isinstance(exc, http.client.HTTPException))
try:
    conn.request("POST", "/", body="é€€x")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end)
conn.close()
print(http.client.responses[404], http.client.error is http.client.HTTPException, http.client.HTTP_PORT,
      issubclass(http.client.RemoteDisconnected, ConnectionResetError))

server.shutdown()
serving.join()
server.server_close()
print("server stopped", serving.is_alive())
