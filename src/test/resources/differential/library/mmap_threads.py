# Threads writing disjoint records into one memory-mapped file, then reading them back with struct: every
# thread sees what the others wrote through the map, and the file holds it all after flush and close.
import mmap
import os
import struct
import tempfile
import threading

RECORD = struct.Struct("<I16sd")
THREADS = 4
PER_THREAD = 50

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "records.bin")
    with open(path, "wb") as f:
        f.truncate(RECORD.size * THREADS * PER_THREAD)

    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
        written = threading.Barrier(THREADS)
        seen = {}

        def worker(n):
            for i in range(PER_THREAD):
                slot = n * PER_THREAD + i
                RECORD.pack_into(m, slot * RECORD.size, slot, f"thread {n} rec {i}".encode(), slot / 4)
            written.wait()
            # each thread reads its neighbour's records, written by another thread
            neighbour = (n + 1) % THREADS
            seen[n] = [RECORD.unpack_from(m, (neighbour * PER_THREAD + i) * RECORD.size)[0] for i in range(PER_THREAD)]

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for n in range(THREADS):
            neighbour = (n + 1) % THREADS
            print(n, seen[n] == list(range(neighbour * PER_THREAD, (neighbour + 1) * PER_THREAD)))
        m.flush()
        m.close()

    with open(path, "rb") as f:
        data = f.read()
    records = [RECORD.unpack_from(data, k * RECORD.size) for k in range(THREADS * PER_THREAD)]
    print(len(records), all(r[0] == k and r[2] == k / 4 for k, r in enumerate(records)))
    for r in records[::PER_THREAD]:
        print(r[0], r[1].rstrip(b"\0").decode(), r[2])
