# gzip: CPython's exact bytes for the same mtime, files in binary and text modes, multi-member data,
# the errors' types and messages, and a thread pool summarising gzip'd CSV parts.
import csv
import gzip
import io
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor

data = b"line one\nline two\n" * 50
for level in (1, 6, 9):
    blob = gzip.compress(data, level, mtime=12345)
    print(level, len(blob), blob[:10].hex(), blob[-8:].hex(), gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(b"ab", mtime=1) + gzip.compress(b"cd", mtime=1) + b"\0\0\0"))

# GzipFile over a BytesIO: the header has the file name without .gz
buf = io.BytesIO()
with gzip.GzipFile("report.csv.gz", "wb", 9, buf, mtime=7) as f:
    print(f.mode, repr(f.name), f.write(b"abc"), f.write(bytearray(b"def")), f.tell())
print(buf.getvalue().hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    f.write(data)
    f.flush()
    f.write(b"end\n")
print(len(buf.getvalue()), buf.getvalue()[:10].hex())

r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data, mtime=99)))
print(r.mode, repr(r.name), r.mtime, r.readable(), r.writable(), r.seekable())
print(r.peek(4)[:4], r.read(3), r.read1(5), r.readline(), r.tell(), r.mtime)
r.seek(2)
print(r.tell(), r.read(6))
r.seek(10, io.SEEK_CUR)
print(r.tell(), r.readline())
print(len(list(r)), r.read(), r.tell())
r.close()
print(r.closed)

def report(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

report(lambda: r.read())
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rb").write(b"x"))
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").read())
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
report(lambda: gzip.open("x", "rbt"))
report(lambda: gzip.open("x", "rb", encoding="utf-8"))
report(lambda: gzip.open("x", "rb", newline=""))
report(lambda: gzip.open(5))
report(lambda: gzip.decompress(b"xx"))
report(lambda: gzip.decompress(b"\x1f\x8b\x09" + b"0" * 20))
report(lambda: gzip.decompress(gzip.compress(b"abc")[:-3]))
report(lambda: gzip.decompress(gzip.compress(b"abc")[:-8] + b"12345678"))
report(lambda: gzip.decompress(gzip.compress(b"abc")[:-4] + b"1234"))
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc", mtime=1)[:-8] + b"12345678")).read())
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc")[:-6])).read())
report(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"not gzip")).read())
print(gzip.GzipFile(fileobj=io.BytesIO(b"")).read())
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
w.seek(5)
print(w.tell())
report(lambda: w.seek(1))
print(issubclass(gzip.BadGzipFile, OSError))

# files: binary append makes a second member; text modes with newline=""
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "a.gz")
    with gzip.open(path, "wb") as f:
        f.write(b"first\n")
    with gzip.open(path, "ab") as f:
        f.write(b"second\n")
    with gzip.open(path) as f:
        print(f.read(), f.name == path)
    try:
        gzip.open(path, "xb")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    with open(path, "rb") as raw:
        print(raw.read(4).hex())

    def write_part(i):
        part = os.path.join(tmp, f"part{i}.csv.gz")
        with gzip.open(part, "wt", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "name", "amount"])
            for j in range(200):
                w.writerow([j, f"n\u00e9{i}-{j}", i * j])
        return part

    def summarise(part):
        with gzip.open(part, "rt", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        return os.path.basename(part), len(rows), sum(int(r["amount"]) for r in rows), rows[-1]["name"]

    with ThreadPoolExecutor(4) as pool:
        parts = list(pool.map(write_part, range(6)))
        for summary in pool.map(summarise, parts):
            print(summary)
    with gzip.open(parts[0], "rt") as f:
        print(f.readline(), f.readline(), sum(1 for _ in f))
