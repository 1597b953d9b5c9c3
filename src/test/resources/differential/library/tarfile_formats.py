"""tarfile's headers: archives of the same members written as USTAR, GNU and PAX must be python3's bytes
(sha256), read back field by field; long names and links, non-ASCII names, large numbers, float times,
global pax headers, appending, listing, and the errors for what a format cannot hold."""
import tarfile, io, hashlib

def info(name, data=b"", type=tarfile.REGTYPE, **kw):
    t = tarfile.TarInfo(name)
    t.size = len(data)
    t.mtime = 1700000000
    t.uid = 1000
    t.gid = 100
    t.uname = "alice"
    t.gname = "staff"
    t.type = type
    for k, v in kw.items():
        setattr(t, k, v)
    return t

members = [
    (info("docs", type=tarfile.DIRTYPE, mode=0o755), None),
    (info("docs/readme.txt", b"hello tar\n" * 30), b"hello tar\n" * 30),
    (info("docs/" + "long" * 40 + ".txt", b"long name"), b"long name"),
    (info("link", type=tarfile.SYMTYPE, linkname="docs/readme.txt"), None),
    (info("caf\u00e9.txt", b"unicode"), b"unicode"),
    (info("big-uid", b"x", uid=8 ** 8), b"x"),
]
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        for t, data in members:
            try:
                tf.addfile(t, io.BytesIO(data) if data is not None else None)
            except ValueError as e:
                print(fmt, t.name[:20], "ValueError", e)
    raw = buf.getvalue()
    print(fmt, len(raw), hashlib.sha256(raw).hexdigest())
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        for m in tf:
            print(" ", m.name[:30], m.size, m.mtime, oct(m.mode), m.type, m.uid, m.gid, m.uname, m.gname, m.linkname, m.isfile(), m.isdir(), m.issym())
        print(tf.extractfile("docs/readme.txt").read(12))
        tf.list(verbose=False)
        try:
            tf.getmember("nope")
        except KeyError as e:
            print("KeyError", e)
for mode in ("w:gz", "w:bz2", "w:xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for t, data in members[:2]:
            tf.addfile(t, io.BytesIO(data) if data is not None else None)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*") as tf:
        print(mode, tf.getnames(), tf.extractfile("docs/readme.txt").read()[:10])
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:" + mode[2:]) as tf:
        print(mode, tf.getnames())
try:
    tarfile.open(fileobj=io.BytesIO(b"not a tar at all" * 100))
except tarfile.ReadError as e:
    print("ReadError", e)
print(tarfile.is_tarfile(io.BytesIO(b"x" * 1024)))
try:
    tarfile.open(fileobj=io.BytesIO(), mode="w:zip")
except tarfile.CompressionError as e:
    print("CompressionError", e)
t = info("a/b.txt", b"abc")
print(len(t.tobuf()), tarfile.TarInfo.frombuf(t.tobuf(tarfile.USTAR_FORMAT), "utf-8", "strict").name, repr(t)[:22])

# what USTAR cannot hold, and what GNU and PAX write for it
long_link = info("ln", type=tarfile.SYMTYPE, linkname="target/" * 20)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    for t in (long_link, info("x" * 200), info("d/" * 60 + "f"), info("neg", mtime=-5), info("float", mtime=1.5)):
        try:
            raw = t.tobuf(fmt, "utf-8", "surrogateescape")
            back = tarfile.open(fileobj=io.BytesIO(raw + bytes(1024)))
            m = back.getmembers()[0]
            print(fmt, len(raw), hashlib.sha256(raw).hexdigest()[:16], m.name[:12], len(m.name), m.linkname[:10], m.mtime, m.pax_headers)
        except ValueError as e:
            print(fmt, t.name[:10], "ValueError", e)

# a global pax header, and pax headers given by the program
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "made by a test"}) as tf:
    t = info("with-pax", b"p")
    t.pax_headers = {"comment": "member comment", "path": "renamed-by-pax"}
    tf.addfile(t, io.BytesIO(b"p"))
print(hashlib.sha256(buf.getvalue()).hexdigest())
buf.seek(0)
with tarfile.open(fileobj=buf) as tf:
    print(tf.pax_headers, [(m.name, sorted(m.pax_headers.items())) for m in tf])

# appending, and the "x" mode
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
    tf.addfile(info("first", b"1"), io.BytesIO(b"1"))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="a", format=tarfile.GNU_FORMAT) as tf:
    tf.addfile(info("second", b"22"), io.BytesIO(b"22"))
print(len(buf.getvalue()), hashlib.sha256(buf.getvalue()).hexdigest())
buf.seek(0)
with tarfile.open(fileobj=buf) as tf:
    print(tf.getnames(), [tf.extractfile(m).read() for m in tf.getmembers()])
    tf.list()
    print(tf.extractfile(tf.getmember("second")).readlines())
    try:
        tf.addfile(info("no"))
    except OSError as e:
        print("OSError", e)
try:
    tf.getnames()
except OSError as e:
    print("OSError", e)

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
    tf.addfile(info("target.txt", b"the target"), io.BytesIO(b"the target"))
    tf.addfile(info("sym", type=tarfile.SYMTYPE, linkname="target.txt"))
    tf.addfile(info("hard", type=tarfile.LNKTYPE, linkname="target.txt"))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:") as tf:
    print(tf.extractfile("sym").read(), tf.extractfile("hard").read(), tf.getmember("hard").islnk())
    f = tf.extractfile("target.txt")
    print(f.read(3), f.tell(), f.seek(-3, 2), f.read(), f.seek(0), f.read(100))

for mode in ("r:gz", "r:bz2", "r:xz"):
    try:
        tarfile.open(fileobj=io.BytesIO(buf.getvalue()), mode=mode)
    except tarfile.ReadError as e:
        print(mode, "ReadError", e)
print(tarfile.is_tarfile(io.BytesIO(buf.getvalue())), tarfile.DEFAULT_FORMAT, tarfile.ENCODING)
for call in (lambda: tarfile.open(), lambda: tarfile.open(fileobj=io.BytesIO(), mode="q"),
             lambda: tarfile.open(fileobj=io.BytesIO(), mode="a:gz"), lambda: tarfile.open(fileobj=io.BytesIO(b""))):
    try:
        call()
    except (ValueError, tarfile.TarError) as e:
        print(type(e).__name__, e)
