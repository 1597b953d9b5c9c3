"""lzma (de)compression: .xz and .lzma bytes python3 made decode, the model's own round trips per format,
check and preset, incremental decompression split at many cut points, max_length, several streams, and
liblzma's errors. XZ for Java does not write liblzma's exact bytes, so only decoded results are printed."""
import lzma
import random

TEXT = b"The quick brown fox jumps over the lazy dog. " * 20
# as CPython 3.11 wrote them: lzma.compress(TEXT), with FORMAT_ALONE, and small streams with other checks
XZ = b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x03\x83\x008]\x00*\x1a\x08\xa2\x03%f\xf1Kx\xc5\xa2\x05\xff.\xe6\xd9\xd2 \x1a\xad4\xf8\xe2\x1d\xe8A6\xfa\xdc\x06i\xbb<\xe4\x104'\t\xeb\xb3f\xe3\xed7\x98\xed\x92\xad\xd5'<\xc8\x10\xc0\x00\x00\xc5G\xbdjr\x9c\x93\xaf\x00\x01T\x84\x07\x00\x00\x00\xd7\xb0\xfb\x8d\xb1\xc4g\xfb\x02\x00\x00\x00\x00\x04YZ"
ALONE = b"]\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00*\x1a\x08\xa2\x03%f\xf1Kx\xc5\xa2\x05\xff.\xe6\xd9\xd2 \x1a\xad4\xf8\xe2\x1d\xe8A6\xfa\xdc\x06i\xbb<\xe4\x104'\t\xeb\xb3f\xe3\xed7\x98\xed\x92\xad\xd5'<\xcc6\x9da_\xfd\xef\x18\x00"
SHA256 = b"\xfd7zXZ\x00\x00\n\xe1\xfb\x0c\xa1\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\x0bsha256 check\x00\xdd\xee\xd5\xc0@Ew}\xc1\x88\x96:X\xf29\xd8_c\xf2\x99\xce'\xe1g+\xa6\xb4g\xe9\xf1\x16\xa5\x00\x01<\x0c\xff\x80\xc3Z\x18\x9bK\x9a\x01\x00\x00\x00\x00\nYZ"
NO_CHECK = b'\xfd7zXZ\x00\x00\x00\xff\x12\xd9A\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\x07no check\x00\x00\x01\x18\x08@\xa5F\xac\x06r\x9ez\x01\x00\x00\x00\x00\x00YZ'

print(lzma.decompress(XZ) == TEXT, lzma.decompress(ALONE) == TEXT)
print(lzma.decompress(XZ, lzma.FORMAT_XZ) == TEXT, lzma.decompress(ALONE, lzma.FORMAT_ALONE) == TEXT)
for packed in (XZ, ALONE, SHA256, NO_CHECK):
    d = lzma.LZMADecompressor()
    print(d.check, len(d.decompress(packed)), d.check, d.eof, d.unused_data, d.needs_input)

rng = random.Random(11)
samples = {
    "empty": b"",
    "text": b"".join(b"line %d of the text\n" % i for i in range(3000)),
    "random": bytes(rng.randrange(256) for _ in range(20000)),
}
for name, data in samples.items():
    for kwargs in ({}, {"preset": 0}, {"preset": 9}, {"check": lzma.CHECK_CRC32}, {"check": lzma.CHECK_SHA256},
                   {"check": lzma.CHECK_NONE}, {"format": lzma.FORMAT_ALONE}):
        packed = lzma.compress(data, **kwargs)
        d = lzma.LZMADecompressor()
        print(name, sorted(kwargs.items()), packed[:6], d.decompress(packed) == data, d.check)

# incremental compression and decompression at many cut points
c = lzma.LZMACompressor()
pieces = [c.compress(samples["text"][i:i + 1000]) for i in range(0, len(samples["text"]), 1000)]
pieces.append(c.flush())
packed = b"".join(pieces)
print("incremental", lzma.decompress(packed) == samples["text"])
for call in (c.flush, lambda: c.compress(b"more")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for source in (packed, ALONE):
    for step in (1, 5, 64, 1000, None):
        d = lzma.LZMADecompressor()
        step = step or len(source)
        out = b"".join(d.decompress(source[i:i + step]) for i in range(0, len(source), step))
        print("step", step if step < 1000 else "1000+", len(out), d.eof, d.unused_data, d.needs_input)
d = lzma.LZMADecompressor()
print(d.decompress(XZ + b"trailing") == TEXT, d.eof, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

d = lzma.LZMADecompressor()
got = d.decompress(packed, 1000)
print(len(got), d.needs_input, d.eof)
while not d.eof:
    chunk = d.decompress(b"", 5000)
    assert len(chunk) <= 5000
    got += chunk
print(got == samples["text"], d.needs_input)

print(lzma.decompress(lzma.compress(b"ab") + XZ + ALONE) == b"ab" + TEXT * 2)
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.is_check_supported(2), lzma.CHECK_UNKNOWN, lzma.PRESET_DEFAULT)

corrupt = bytearray(XZ)
corrupt[40] ^= 1
for call in (lambda: lzma.decompress(b"abc"), lambda: lzma.decompress(XZ[:-5]),
             lambda: lzma.decompress(bytes(corrupt)), lambda: lzma.decompress(ALONE, lzma.FORMAT_XZ),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW), lambda: lzma.LZMACompressor(check=3),
             lambda: lzma.LZMACompressor(preset=12), lambda: lzma.LZMACompressor(format=7),
             lambda: lzma.LZMADecompressor(format=7), lambda: lzma.decompress(XZ, memlimit=1000)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(lzma.LZMAError.__module__, lzma.LZMACompressor, lzma.LZMADecompressor)
