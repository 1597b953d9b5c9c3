"""Threads that compress and archive, as users' pools do: chunks compressed with bz2 and lzma in a thread
pool (the model releases the GIL around the work, as _bz2 and _lzma do), archives of log files packed in
workers, members of a shared .tar.bz2 and .tar.xz read by workers, and one compressor shared by threads.
Results only: which thread ran what is not fixed."""
import bz2
import hashlib
import io
import lzma
import tarfile
import threading
from concurrent.futures import ThreadPoolExecutor

CHUNKS = [b"".join(b"chunk %d line %d\n" % (c, i) for i in range(2000 + 100 * c)) for c in range(8)]


def roundtrip(args):
    module, chunk = args
    packed = module.compress(chunk)
    d = module.BZ2Decompressor() if module is bz2 else module.LZMADecompressor()
    out = b"".join(d.decompress(packed[i:i + 4096]) for i in range(0, len(packed), 4096))
    return out == chunk and d.eof


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(roundtrip, [(m, c) for m in (bz2, lzma) for c in CHUNKS])))


def pack(worker):
    """One archive of this worker's log files; its uncompressed bytes are the same on every run."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for n in range(3):
            data = b"worker %d log %d\n" % (worker, n) * (50 + n)
            t = tarfile.TarInfo("logs/w%d/%d.log" % (worker, n))
            t.size = len(data)
            t.mtime = 1234567890
            tf.addfile(t, io.BytesIO(data))
    compressed = {}
    for mode in ("w:gz", "w:bz2", "w:xz"):
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode=mode, format=tarfile.GNU_FORMAT) as tf:
            raw.seek(0)
            with tarfile.open(fileobj=raw) as source:
                for m in source:
                    tf.addfile(m, source.extractfile(m))
        compressed[mode[2:]] = out.getvalue()
    return worker, hashlib.sha256(raw.getvalue()).hexdigest()[:20], compressed


with ThreadPoolExecutor(max_workers=3) as pool:
    packed = list(pool.map(pack, range(6)))
for worker, digest, compressed in packed:
    print(worker, digest, sorted(compressed))


def read_member(args):
    archive, name = args
    with tarfile.open(fileobj=io.BytesIO(archive)) as tf:
        return name, len(tf.extractfile(name).read()), tf.getnames()


jobs = [(compressed[kind], "logs/w%d/%d.log" % (worker, n))
        for worker, _, compressed in packed for kind in ("bz2", "xz") for n in range(3)]
with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(read_member, jobs))
print(len(results), results[:3], results[-1])

# one compressor shared by threads: each call runs whole, so the stream decodes to the pieces in call order
shared = lzma.LZMACompressor()
order = []
lock = threading.Lock()


def feed(i):
    piece = b"piece %d\n" % i * 100
    with lock:
        order.append(piece)
        out = shared.compress(piece)
    return out


with ThreadPoolExecutor(max_workers=4) as pool:
    outs = list(pool.map(feed, range(20)))
stream = b"".join(outs) + shared.flush()
print(lzma.decompress(stream) == b"".join(order))
