"""bz2 (de)compression: bytes python3 made decode, the model's own round trips at each level, incremental
decompression split at many cut points, max_length, several streams, and CPython's errors.
commons-compress does not write libbzip2's exact bytes, so only decoded results are printed."""
import bz2
import random

TEXT = b"The quick brown fox jumps over the lazy dog. " * 20
# bz2.compress(TEXT) as CPython 3.11 wrote it
FROM_CPYTHON = b"BZh91AY&SY\x86\x01\xee\xcc\x00\x00m\x93\x80@\x01\x04\x00?\xff\xff\xf00\x00\xb8\n\x00\x06\x80\x00\n\x00\x06\x80\x00\x02\x95)\xa9\xa6\x8d\x18M\r\xa9\xb6\xa4\xc19\x13$\xfa&I\xf0MI\x82jN\x84\xf7'\xd90N\xc4\xc1;\t\xb17\x13\xb9<\x13\xa96'\xa1?\t\x82n&I\xdc\x9a\x13\x915'\x82hN\xa4\xfe&\xc4\xd0\x99&I\xd0\xab\xc9<\x93\xfc]\xc9\x14\xe1BB\x18\x07\xbb0"

print(bz2.decompress(FROM_CPYTHON) == TEXT)

rng = random.Random(7)
samples = {
    "empty": b"",
    "short": b"hello world",
    "text": b"".join(b"line %d of the text\n" % i for i in range(3000)),
    "random": bytes(rng.randrange(256) for _ in range(20000)),
    "zeros": bytes(300000),
}
for name, data in samples.items():
    for level in (1, 5, 9):
        packed = bz2.compress(data, level)
        print(name, level, packed[:4], bz2.decompress(packed) == data)

# incremental compression: the pieces joined decode to the whole
c = bz2.BZ2Compressor(3)
pieces = [c.compress(samples["text"][i:i + 1000]) for i in range(0, len(samples["text"]), 1000)]
pieces.append(c.flush())
print("incremental", bz2.decompress(b"".join(pieces)) == samples["text"])
for call in (c.flush, lambda: c.compress(b"more")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

# incremental decompression at many cut points, then bytes after the end
packed = bz2.compress(samples["text"])
for step in (1, 7, 100, 997, None):
    d = bz2.BZ2Decompressor()
    step = step or len(packed)
    out = []
    for i in range(0, len(packed), step):
        out.append(d.decompress(packed[i:i + step]))
    print("step", step if step < 997 else "997+", b"".join(out) == samples["text"], d.eof, d.unused_data, d.needs_input)
d = bz2.BZ2Decompressor()
print(d.decompress(FROM_CPYTHON + b"trailing"), d.eof, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

# max_length: never more than asked, the rest on later calls
d = bz2.BZ2Decompressor()
got = d.decompress(packed, 1000)
print(len(got), d.needs_input, d.eof)
while not d.eof:
    chunk = d.decompress(b"", 5000)
    assert len(chunk) <= 5000
    got += chunk
print(got == samples["text"], d.needs_input, d.decompress.__name__)

# several streams, then trailing garbage, which bz2.decompress ignores
print(bz2.decompress(bz2.compress(b"ab") + bz2.compress(b"cd") + FROM_CPYTHON) == b"abcd" + TEXT)
print(bz2.decompress(bz2.compress(b"ab") + b"zz"))
print(bz2.decompress(b""))

for call in (lambda: bz2.decompress(b"not bzip2 data"), lambda: bz2.decompress(packed[:-10]),
             lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Compressor(10),
             lambda: bz2.BZ2Decompressor().decompress(b"BZh9" + bytes(100))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(bz2.BZ2Compressor, bz2.BZ2Decompressor)
