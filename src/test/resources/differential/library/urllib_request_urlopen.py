# urllib.request.urlopen against a ThreadingHTTPServer on port 0 in a thread: GET, POST, the
# headers urlopen sends, redirects (POST becomes GET on 301/302/303, 307 refuses it, loops stop),
# HTTPError with a readable body, a refused port and a silent server, data: and file: URLs,
# build_opener with handlers a program subclasses, and urlretrieve. (https:// is not tried: the
# model has no ssl, the python3 it is compared with may have.)
import http.server
import os
import socket
import tempfile
import threading
import urllib.error
import urllib.request
from urllib.request import Request, urlopen


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def reply(self, code, body, headers=()):
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def body(self):
        """The request's body, chunked or not: read whole before the reply, so that the client never sends
        into a connection the server has closed (a broken pipe, depending on the threads' timing)."""
        if self.headers.get("Transfer-Encoding") == "chunked":
            data = b""
            while size := int(self.rfile.readline(), 16):
                data += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
            return data
        length = int(self.headers.get("Content-Length", 0))
        return self.rfile.read(length) if length else b""

    def echo(self):
        data = self.body()
        lines = [f"{self.command} {self.path}"]
        lines += [f"{k}: {v}" for k, v in self.headers.items() if k != "Host"]
        lines.append("host ok" if self.headers["Host"] == f"127.0.0.1:{PORT}" else "host " + self.headers["Host"])
        lines.append("data " + data.decode())
        self.reply(200, "\n".join(lines).encode(), [("Content-Type", "text/plain; charset=utf-8"), ("X-Multi", "a"),
                                                   ("X-Multi", "b")])

    def do_GET(self):
        if self.path.startswith("/redirect/"):
            code = int(self.path.split("/")[2])
            self.reply(code, b"moved", [("Location", "/echo?from=%d" % code)])
        elif self.path == "/loop":
            self.reply(302, b"", [("Location", "/loop")])
        elif self.path == "/absolute":
            self.reply(301, b"", [("Location", f"http://127.0.0.1:{PORT}")])
        elif self.path == "/missing":
            self.send_error(404, "Nothing <here>")
        elif self.path == "/teapot":
            self.reply(418, b"short and stout", [("X-Pot", "yes")])
        elif self.path == "/big":
            self.reply(200, b"0123456789" * 2000)
        else:
            self.echo()

    do_PUT = do_DELETE = echo

    def do_POST(self):
        if self.path.startswith("/redirect/"):
            self.do_GET()
        else:
            self.echo()

    def do_HEAD(self):
        self.reply(200, b"never")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
# Handler threads that server_close() joins: ThreadingHTTPServer makes them daemons, and one still closing
# its connection when the program ends would hold references while the test checks the counts.
server.daemon_threads = False
PORT = server.server_port
BASE = f"http://127.0.0.1:{PORT}"
thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
thread.start()


# The model has no cycle collector and an opener and its handlers refer to each other: every
# opener this program makes stays referenced to its end (urlcleanup and install_opener drop the
# installed one).
default_opener = urllib.request.build_opener()
urllib.request.install_opener(default_opener)


def norm(text):
    return str(text).replace(str(PORT), "PORT")


def show(response):
    body = response.read().decode()
    print(response.status, response.reason, response.msg, response.getcode(), norm(response.url), norm(response.geturl()))
    print("   ", response.getheader("Content-Type"), response.getheader("X-Multi"), response.headers["content-length"],
          response.info() is response.headers, type(response).__name__)
    for line in body.splitlines():
        print("    |", line)


with urlopen(BASE + "/echo?q=1") as r:
    show(r)
print(r.closed, r.isclosed())
show(urlopen(BASE + "/form", data=b"a=1&b=2"))
show(urlopen(Request(BASE + "/put", data=b"xyz", method="PUT", headers={"Content-Type": "application/x-thing",
                                                                        "X-Custom": "1"})))
show(urlopen(Request(BASE + "/agent", headers={"User-Agent": "mine/1.0", "Connection": "keep-alive"})))
show(urlopen(Request(BASE + "/del", method="DELETE")))
show(urlopen(BASE + "/chunks", data=iter([b"ab", b"cd"])))
head = urlopen(Request(BASE + "/h", method="HEAD"))
print("HEAD", head.status, head.read(), head.getheader("Content-Length"))
try:
    urlopen(BASE + "/str", data="text")
except TypeError as e:
    print("TypeError", e)

# Redirects.
for code in (301, 302, 303, 307, 308):
    show(urlopen(f"{BASE}/redirect/{code}"))
for code in (301, 302, 303):
    show(urlopen(f"{BASE}/redirect/{code}", data=b"posted"))
for code in (307, 308):
    try:
        urlopen(f"{BASE}/redirect/{code}", data=b"posted")
    except urllib.error.HTTPError as e:
        print(repr(e), norm(e.url), e.read(), e.headers["Location"])
try:
    urlopen(BASE + "/loop")
except urllib.error.HTTPError as e:
    print(repr(e).replace("\n", "|"), e.code)
show(urlopen(BASE + "/absolute"))

# Errors.
try:
    urlopen(BASE + "/missing")
except urllib.error.HTTPError as e:
    print(type(e).__name__, e, repr(e), e.code, e.reason, e.status, norm(e.geturl()), norm(e.filename))
    print("   ", e.headers["Content-Type"], e.headers.get("Connection"), e.args, isinstance(e, OSError))
    print("   ", [line.strip() for line in e.read().decode().splitlines() if "Message" in line or "Error code:" in line])
try:
    urlopen(BASE + "/teapot")
except urllib.error.URLError as e:
    print(e, e.fp.read(), e.hdrs["X-Pot"], e.msg)
    e.close()
    print(e.closed)

unused = socket.socket()
unused.bind(("127.0.0.1", 0))
refused_port = unused.getsockname()[1]
unused.close()
try:
    urlopen(f"http://127.0.0.1:{refused_port}/")
except urllib.error.URLError as e:
    print(norm(e), type(e.reason).__name__, e.reason.errno, e.args == (e.reason,))

silent = socket.socket()
silent.bind(("127.0.0.1", 0))
silent.listen()
try:
    # The server accepts but never answers: the read times out (not wrapped in URLError).
    urlopen(f"http://127.0.0.1:{silent.getsockname()[1]}/", timeout=0.3)
except OSError as e:
    print(type(e).__name__, e, isinstance(e, urllib.error.URLError))
silent.close()

for url in ["ftp2://x/", "http:///nohost"]:
    try:
        urlopen(url)
    except urllib.error.URLError as e:
        print(url, "->", e, repr(e.reason))

# data: and file: URLs.
r = urlopen("data:,Hello%2C%20World")
print(r.read(), r.headers.items(), r.url, r.status, type(r).__name__)
r = urlopen("data:text/plain;base64,SGVsbG8=")
print(r.read(), r.headers.items())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "page.html")
    with open(path, "w") as f:
        f.write("<p>file</p>")
    with urlopen("file://" + urllib.request.pathname2url(path)) as r:
        print(r.read(), r.headers["Content-type"], r.headers["Content-length"], r.status,
              r.url == "file://" + path, "Last-modified" in r.headers)
    try:
        urlopen("file://" + tmp + "/absent")
    except urllib.error.URLError as e:
        print(str(e).replace(tmp, "TMP"), type(e.reason).__name__)
    for host in ["elsewhere", "localhost", "127.0.0.1:80"]:
        try:
            print(urlopen(f"file://{host}{path}").read())
        except urllib.error.URLError as e:
            print(str(e).replace(tmp, "TMP"))
        try:
            urlopen(f"file://{host}/absent")
        except urllib.error.URLError as e:
            print(e)

    # urlretrieve: to a named file with a report hook, then the file: shortcut.
    target = os.path.join(tmp, "big.bin")
    reports = []
    filename, headers = urllib.request.urlretrieve(BASE + "/big", target,
                                                   lambda *args: reports.append(args))
    print(filename == target, os.path.getsize(target), headers["Content-Length"], reports)
    filename, headers = urllib.request.urlretrieve("file://" + path)
    print(filename == path, headers["Content-length"])
    filename, headers = urllib.request.urlretrieve(BASE + "/echo")
    print(os.path.exists(filename), filename != path)
    urllib.request.urlcleanup()
    print(os.path.exists(filename))
    urllib.request.install_opener(default_opener)


# Openers and handlers a program writes.
class Tagger(urllib.request.BaseHandler):
    handler_order = 400

    def http_request(self, req):
        req.add_header("X-Tag", "tagged")
        print("   request hook:", req.get_method(), norm(req.full_url))
        return req

    def http_response(self, req, response):
        print("   response hook:", response.status)
        return response


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        print("   not following", code, norm(newurl))
        return None


class Shrug(urllib.request.BaseHandler):
    def http_error_404(self, req, fp, code, msg, hdrs):
        return "handled %d %s" % (code, msg)


opener = urllib.request.build_opener(Tagger, NoRedirect(), Shrug())
# (Without the ftp and https handlers, which a python3 with ssl has.)
print(sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ("FTPHandler", "HTTPSHandler")))
print(sorted(set(opener.handle_open) - {"ftp", "https"}), sorted(opener.handle_error["http"], key=str),
      opener.process_request["http"][0] is opener.handlers[0])
show(opener.open(BASE + "/tag"))
try:
    opener.open(BASE + "/redirect/302")
except urllib.error.HTTPError as e:
    print("not followed:", e, e.read())
print(opener.open(BASE + "/missing"))
opener.addheaders = [("User-agent", "custom-agent"), ("Accept", "text/plain")]
urllib.request.install_opener(opener)
show(urlopen(BASE + "/installed"))
urllib.request.install_opener(None)
show(urlopen(BASE + "/default-again"))
plain = urllib.request.OpenerDirector()
plain.add_handler(urllib.request.HTTPHandler())
print(plain.open(BASE + "/missing").status)
try:
    plain.add_handler(object())
except TypeError as e:
    print("TypeError", e)
try:
    plain.open("ftp2://x/")
except Exception as e:
    print(type(e).__name__, e)
no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
print(no_proxy.open(BASE + "/no-proxy").status)

server.shutdown()
thread.join()
server.server_close()
print("done")
