# http.server.SimpleHTTPRequestHandler serving a temporary directory (the directory argument):
# files with the types mimetypes guesses, index.html, CPython's HTML listing (escaped and quoted
# names, sorted without regard to case), 301 for a directory without its slash, 404s, HEAD,
# If-Modified-Since, 501 for other methods, and paths that try to leave the directory.
import functools
import http.client
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.request


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


root = tempfile.TemporaryDirectory()
d = root.name
os.mkdir(os.path.join(d, "sub"))
os.mkdir(os.path.join(d, "Empty dir"))
files = {"a b.txt": "hello", "sub/index.html": "<p>idx</p>", "<x>&.py": "print()", "data.json": "{}",
         "Zeta.CSS": "p{}", "arch.tar.gz": "gz", "blob.unknownext": "??", "B.md": "# b"}
for name, text in files.items():
    with open(os.path.join(d, name), "w") as f:
        f.write(text)
os.symlink(os.path.join(d, "a b.txt"), os.path.join(d, "link.txt"))

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=d))
server.daemon_threads = False  # server_close() joins the handler threads: none is left running
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
port = server.server_port
base = f"http://127.0.0.1:{port}"
skip = ("Date", "Last-Modified", "Server")

for path in ["/", "/sub", "/sub/", "/a%20b.txt", "/data.json", "/Zeta.CSS", "/arch.tar.gz", "/blob.unknownext",
             "/B.md", "/link.txt", "/%3Cx%3E%26.py", "/Empty%20dir/", "/missing", "/sub?x=1", "/..", "/../../etc/passwd",
             "/a%20b.txt/", "/sub/../a%20b.txt", "/a%20b.txt?q=1#f"]:
    try:
        r = urllib.request.urlopen(base + path)
        print(path, r.status, r.url.replace(str(port), "PORT"), [(k, v) for k, v in r.headers.items() if k not in skip])
        print("   ", r.read().decode().replace("\n", "\n    "))
    except urllib.error.HTTPError as e:
        print(path, e, [(k, v) for k, v in e.headers.items() if k not in skip])

server_header = None
for method, path, headers in [("HEAD", "/a%20b.txt", {}), ("GET", "/sub", {}), ("POST", "/sub", {}),
                              ("GET", "/a%20b.txt", {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}),
                              ("GET", "/a%20b.txt", {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"}),
                              ("GET", "/a%20b.txt", {"If-Modified-Since": "not a date"}),
                              ("GET", "/a%20b.txt", {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT",
                                                     "If-None-Match": "x"})]:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    server_header = r.getheader("Server")
    print(method, path, headers, r.status, r.reason, [(k, v) for k, v in r.getheaders() if k not in skip],
          r.read()[:30], "Last-Modified" in r.headers)
    conn.close()
print(server_header.split()[0], Quiet.server_version, Quiet.extensions_map[".gz"])

handler = Quiet.__new__(Quiet)
handler.directory = "/srv"
for path in ["/a/b?x#y", "/a/../../b/", "/%2e%2e/c", "//x//y", "/a%2Fb"]:
    print(path, handler.translate_path(path))
print([handler.guess_type(p) for p in ["x.GZ", "x.Z", "x.txt", "x.HTML", "x", "x.bz2"]])

server.shutdown()
server.server_close()
root.cleanup()
