# differential: normalize floats
"""Thread-safe logging through a QueueHandler, a local HTTP server hit by a thread pool, subprocesses."""
import logging, logging.handlers, queue, threading, http.server, urllib.request, json, subprocess, sys
import concurrent.futures as cf, contextvars, statistics, heapq, socketserver, io

records = queue.Queue()
handler = logging.handlers.QueueHandler(records)
root = logging.getLogger("app"); root.setLevel(logging.INFO); root.addHandler(handler); root.propagate = False
stream = io.StringIO()
sink = logging.StreamHandler(stream)
sink.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(records, sink, respect_handler_level=True)
listener.start()

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"path": self.path, "n": len(self.path)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, fmt, *args):
        root.info("served %s", self.path)

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = False  # server_close() joins the handler threads: none is left running
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever, daemon=True); t.start()

request_id = contextvars.ContextVar("request_id", default="-")
def fetch(i):
    request_id.set(f"req{i}")
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/item/{i}") as r:
        data = json.load(r)
        return request_id.get(), r.status, r.headers["Content-Type"], data
with cf.ThreadPoolExecutor(4) as ex:
    results = list(ex.map(fetch, range(6)))
for row in results:
    print(row)
print("main context untouched:", request_id.get())
server.shutdown(); server.server_close()
listener.stop()
print(sorted(stream.getvalue().splitlines()))

out = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:]); sys.exit(3)", "a", "b"],
                     capture_output=True, text=True)
print(out.returncode, out.stdout.strip(), repr(out.stderr))
try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(2)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode)
def run_child(n):
    return subprocess.check_output([sys.executable, "-c", f"print({n}*{n})"], text=True).strip()
with cf.ThreadPoolExecutor(3) as ex:
    print(list(ex.map(run_child, range(5))))
try:
    subprocess.run(["sleep", "5"], timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)

durations = [0.51, 0.49, 0.50, 0.62, 0.48]
print(statistics.mean(durations), statistics.median(durations), round(statistics.stdev(durations), 6))
print(statistics.quantiles(durations, n=4), statistics.fmean(durations))
heap = []
for when, name in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(heap, (when, name))
print([heapq.heappop(heap) for _ in range(3)], heapq.nsmallest(2, [5, 1, 4]))
