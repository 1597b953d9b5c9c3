# hashlib from threads: two threads hashing big buffers (CPython releases the GIL meanwhile, and so
# does the model) give the digests one thread gives; a hash object shared by threads that update it
# with big pieces ends as if fed the pieces one after another.
import hashlib
import threading

big = bytes(range(256)) * 8192  # 2 MiB
serial = [hashlib.sha256(big + bytes([i])).hexdigest() for i in range(4)]

results = {}


def work(i):
    results[i] = hashlib.sha256(big + bytes([i])).hexdigest()


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([results[i] for i in range(4)] == serial)
print(serial[0])

shared = hashlib.md5()
piece = b"\x5a" * 100_000


def feed():
    for _ in range(20):
        shared.update(piece)


threads = [threading.Thread(target=feed) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.md5(piece * 60).hexdigest(), shared.hexdigest())
