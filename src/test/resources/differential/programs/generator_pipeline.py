# Generator pipelines over log lines (the "generator tricks for systems programmers" style).
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
127.0.0.1 - - [10/Oct/2023:13:55:40] "GET /missing HTTP/1.1" 404 -
10.0.0.7 - - [10/Oct/2023:13:56:01] "POST /api/items HTTP/1.1" 201 512
10.0.0.7 - - [10/Oct/2023:13:56:09] "GET /index.html HTTP/1.1" 200 2326
192.168.1.3 - - [10/Oct/2023:13:57:12] "GET /big.iso HTTP/1.1" 200 734003200
"""

PATTERN = re.compile(r'(\S+) \S+ \S+ \[(.*?)\] "(\S+) (\S+) \S+" (\d+) (\S+)')


def lines(text):
    yield from text.splitlines()


def parse(lines):
    for line in lines:
        m = PATTERN.match(line)
        if m:
            host, when, method, path, status, size = m.groups()
            yield {"host": host, "method": method, "path": path, "status": int(status),
                   "bytes": 0 if size == "-" else int(size)}


def field(records, name):
    return (r[name] for r in records)


records = list(parse(lines(LOG)))
print("requests:", len(records))
print("bytes:", sum(field(records, "bytes")))
print("404s:", [r["path"] for r in records if r["status"] == 404])
hosts = {}
for r in records:
    hosts[r["host"]] = hosts.get(r["host"], 0) + 1
print(sorted(hosts.items(), key=lambda kv: (-kv[1], kv[0])))
largest = max(records, key=lambda r: r["bytes"])
print(f"largest: {largest['path']} {largest['bytes'] / 2**20:.1f} MiB")
squares = (x * x for x in range(10))
print(next(squares), next(squares), list(squares))
