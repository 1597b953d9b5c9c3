# The program a user pastes to see hashing run in parallel: two threads each hashing a big buffer in a
# loop, against one thread doing both shares. Only the digests are printed (the timing ratio is
# bench/python/hash_threads.py's): both ways hash the same bytes to the same digests.
import hashlib
import threading

big = bytes(range(256)) * 4096 * 4  # 4 MiB
ROUNDS = 3


def work(label, results):
    digest = None
    for i in range(ROUNDS):
        digest = hashlib.sha256(big + label.encode() + bytes([i])).hexdigest()
    results[label] = digest


one = {}
work("a", one)
work("b", one)

two = {}
threads = [threading.Thread(target=work, args=(label, two)) for label in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label in "ab":
    print(label, one[label], two[label] == one[label])
