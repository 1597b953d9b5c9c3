# The classic I/O-bound GIL demo: a ThreadPoolExecutor of urlopen calls against a
# ThreadingHTTPServer. Each page waits on the server, and a thread blocked on its socket releases
# the GIL, so the fetches overlap; the results are printed in the order of the URLs. The first round's
# pages prove it without a clock: each waits at a barrier until all seven are being served at once.
#
# The opener urlopen builds on first use is installed before the threads start. Otherwise the eight
# threads' first calls race to build it, as in CPython, and each opener that loses the race is garbage
# in a reference cycle (its handlers' parent is the opener): CPython's cycle collector frees it, the
# model has none (README), so whether it leaked depended on how the threads interleaved.
import concurrent.futures
import http.server
import threading
import urllib.error
import urllib.request


class Pages(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        number = int(self.path.strip("/").split("/")[-1])
        if number == 6:
            self.send_error(404)
            return
        if self.path.startswith("/page/"):
            all_in_flight.wait()  # blocks without the GIL; breaks (a server error) unless all 7 overlap
        body = f"<html><title>Page {number}</title><p>{'word ' * number}</p></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


all_in_flight = threading.Barrier(7, timeout=30)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
server.daemon_threads = False  # server_close() joins the handler threads: none is left running
threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
urls = [f"http://127.0.0.1:{server.server_port}/page/{n}" for n in range(8)]
urllib.request.install_opener(urllib.request.build_opener())


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            page = response.read().decode()
            title = page[page.index("<title>") + 7:page.index("</title>")]
            return response.status, title, len(page), page.count("word")
    except urllib.error.HTTPError as e:
        return e.code, e.reason, 0, 0


with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(fetch, urls))
for url, result in zip(urls, results):
    print(url.rsplit("/", 2)[-2:], result)
print("overlapped:", not all_in_flight.broken)

with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(fetch, url.replace("/page/", "/again/")): url for url in urls[:4]}
    done = sorted(future.result()[1] for future in concurrent.futures.as_completed(futures))
print(done)
server.shutdown()
server.server_close()
