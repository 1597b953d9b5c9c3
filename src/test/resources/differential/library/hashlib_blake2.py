# hashlib.blake2b and blake2s: digests of sizes around the block size, keys, salt, personalization and
# tree parameters, copies, hashlib.new, hmac, their argument checks, and threads hashing big inputs
import hashlib, _blake2, threading
b = hashlib.blake2b
print(b, b is _blake2.blake2b, b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for ctor in (hashlib.blake2b, hashlib.blake2s):
    for data in (b"", b"abc", b"a" * 63, b"a" * 64, b"a" * 65, b"b" * 127, b"b" * 128, b"b" * 129, bytes(range(256)) * 5):
        print(ctor(data).hexdigest(), ctor(data, digest_size=20).hexdigest(), ctor(data, key=b"secret").hexdigest()[:32])
    print(ctor(b"x", salt=b"salty", person=b"me").hexdigest(), ctor(b"x", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
    print(ctor(key=b"k" * ctor.MAX_KEY_SIZE).hexdigest(), ctor(b"", key=b"k").digest()[:4])
    h = ctor()
    for i in range(300): h.update(bytes([i % 256]) * (i % 7))
    c = h.copy(); c.update(b"more")
    print(h.hexdigest(), c.hexdigest(), h.hexdigest() == h.hexdigest(), h.name, h.digest_size, h.block_size)
    print(ctor(bytearray(b"abc")).hexdigest() == ctor(memoryview(b"abc")).hexdigest())
h = hashlib.new('blake2b', b'abc', digest_size=8); print(h.hexdigest(), hashlib.new('blake2s').name, hashlib.new('blake2s', b'q', key=b'k').hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k'*65), dict(salt=b's'*17), dict(person=b'p'*17), dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_offset=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(key='str'), dict(digest_size='x'), dict(fanout=2**70)]:
    try: b(**kw)
    except Exception as e: print(list(kw), type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(leaf_size=2**32), dict(salt=b's'*9), dict(digest_size=33)]:
    try: hashlib.blake2s(**kw)
    except Exception as e: print('s', list(kw), type(e).__name__, e)
for bad in (lambda: b('abc'), lambda: b(data=b'x'), lambda: b(b'a', b'b'), lambda: b().update('s')):
    try: bad()
    except TypeError as e: print(e)
print(sorted(n for n in hashlib.algorithms_guaranteed if not n.startswith('shake')), 'blake2b' in hashlib.algorithms_available, hashlib.__all__[:8])
print(b.__module__, b.__name__, b.__qualname__, type(b()).__name__, repr(b()).startswith('<_blake2.blake2b object at 0x'))
import hmac
print(hmac.new(b"key", b"msg", hashlib.blake2b).hexdigest()[:32], hmac.digest(b"key", b"msg", hashlib.blake2s).hex()[:32])
print(hashlib.file_digest(__import__('io').BytesIO(b'data'), 'blake2b').hexdigest()[:16])

big = bytes(range(256)) * 4096
results = {}
def work(i):
    results[i] = hashlib.blake2b(big[i:], digest_size=16).hexdigest()
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()))
