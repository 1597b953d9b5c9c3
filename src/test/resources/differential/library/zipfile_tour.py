# zipfile: archives written here come out as CPython's bytes, read back here and by a separate
# python3; members stored and deflated, streams, extraction, appending, and the errors' messages.
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile


def report(action, tmp=None):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, "TMP") if tmp else e)


def info(name, compress_type=zipfile.ZIP_STORED, date_time=(2021, 6, 7, 8, 9, 10)):
    i = zipfile.ZipInfo(name, date_time)
    i.compress_type = compress_type
    return i


text = ("".join(f"row {i}, value {i * i}\n" for i in range(400))).encode()
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    print(repr(z)[:37], z.mode, z.compression)
    z.writestr(info("stored.txt"), b"hello world")
    z.writestr(info("deflated.txt", zipfile.ZIP_DEFLATED), text)
    z.writestr(info("fast.txt"), text, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    z.writestr(info("dir/"), b"")
    z.writestr(info("caf\u00e9/\u00fcber.txt", zipfile.ZIP_DEFLATED), "na\u00efve text")
    with z.open(info("stream.bin", zipfile.ZIP_DEFLATED), "w") as dest:
        for i in range(50):
            dest.write(bytes(range(i, i + 100)))
    z.comment = b"made by the tour"
blob = buf.getvalue()
print(len(blob), hashlib.sha256(blob).hexdigest())

z = zipfile.ZipFile(io.BytesIO(blob))
print(z.namelist(), z.comment, z.testzip())
for i in z.infolist():
    print(repr(i), i.date_time, i.CRC, i.flag_bits, oct(i.external_attr), i.header_offset, i.is_dir())
print(z.read("stored.txt"), z.read("deflated.txt") == text, z.read(z.getinfo("caf\u00e9/\u00fcber.txt")).decode())
with z.open("deflated.txt") as f:
    print(repr(f), f.name, f.mode, f.readline(), f.read(8), f.read1(4), f.tell(), f.seekable())
    f.seek(3)
    print(f.read(5), f.peek(3)[:3])
    print(sum(1 for _ in f), f.read())
print(repr(f))
report(lambda: z.read("missing.txt"))
report(lambda: z.getinfo("missing.txt"))
report(lambda: z.open("stored.txt", "q"))
report(lambda: z.writestr("x", b"y"))
z.printdir()
z.close()
print(repr(z))
report(lambda: z.read("stored.txt"))
report(lambda: zipfile.ZipFile(io.BytesIO(blob), "q"))
report(lambda: zipfile.ZipFile(io.BytesIO(b"not a zip at all")))
report(lambda: zipfile.ZipInfo("old", (1979, 12, 31, 0, 0, 0)))
print(repr(zipfile.ZipInfo()), zipfile.ZipInfo("a\x00b").filename)
print(zipfile.is_zipfile(io.BytesIO(blob)), zipfile.is_zipfile(io.BytesIO(b"x" * 100)))

# a corrupted stored member fails its CRC check
bad = bytearray(blob)
at = bad.find(b"hello world")
bad[at] ^= 1
report(lambda: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("stored.txt"))
print(zipfile.ZipFile(io.BytesIO(bytes(bad))).testzip())

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    for name, data in (("a.txt", b"alpha\n"), ("sub/b.txt", b"beta\n" * 100)):
        with open(os.path.join(src, name), "wb") as f:
            f.write(data)
    path = os.path.join(tmp, "files.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(src, "a.txt"), "a.txt")
        z.write(os.path.join(src, "sub"), "sub")
        z.write(os.path.join(src, "sub", "b.txt"), "x/../../sub/b.txt")
        z.writestr("notes/readme.md", "# notes\n")
        report(lambda: z.read("a.txt"))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(info("appended.txt"), b"more")
    with zipfile.ZipFile(path) as z:
        print([(i.filename, i.compress_type, i.file_size, i.is_dir()) for i in z.infolist()])
        out = os.path.join(tmp, "out")
        print(os.path.relpath(z.extract("a.txt", out), tmp))
        print(os.path.relpath(z.extract(z.getinfo("sub/"), out), tmp))
        z.extractall(os.path.join(tmp, "all"))
    for root, dirs, files in sorted(os.walk(os.path.join(tmp, "all"))):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    report(lambda: zipfile.ZipFile(path, "x"), tmp)
    report(lambda: zipfile.ZipFile(os.path.join(tmp, "missing.zip")).close(), tmp)
    with open(os.path.join(tmp, "plain.txt"), "wb") as f:
        f.write(b"plain")
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(tmp, "plain.txt")))

    # the other direction: a separate python3 reads this archive and writes one read here
    python = shutil.which("python3")
    with open(os.path.join(tmp, "tour.zip"), "wb") as f:
        f.write(blob)
    reader = ("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
              "print(z.testzip(), [(i.filename, len(z.read(i))) for i in z.infolist()])\n"
              "w = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)\n"
              "w.writestr(zipfile.ZipInfo('from-python3.txt', (2022, 2, 2, 2, 2, 2)), b'abc' * 100)\n"
              "w.writestr('stored', b'xyz', zipfile.ZIP_STORED)\nw.close()\n")
    done = subprocess.run([python, "-c", reader, os.path.join(tmp, "tour.zip"), os.path.join(tmp, "p3.zip")],
                          capture_output=True, text=True)
    print(done.returncode, done.stdout, done.stderr)
    with zipfile.ZipFile(os.path.join(tmp, "p3.zip")) as z:
        print([(repr(i), z.read(i)[:6]) for i in z.infolist()])
