# open() for text and binary files: modes, reading by line and by size, seek/tell, errors.
import io
import os

d = f"/tmp/gil-lab-io-files-{os.getpid()}"
os.mkdir(d)
path = os.path.join(d, "notes.txt")

with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.closed, f.name == path)
    print(f.write("first line\n"), f.writelines(["second\n", "third"]))
    print("hello", 42, file=f)
print(f.closed)

with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.read(4)), f.tell())
    print(f.readlines())
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines())

with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read(5)
    print(data, f.tell())
    f.seek(-9, 2)
    print(f.read())
    f.seek(0)
    print(f.readline(), len(f.read()))

with open(path, "wb") as f:
    print(f.write(b"a\r\nb\rc\nd"))
print(repr(open(path).read()))
print(repr(open(path, newline="").read()))
print(open(path, newline="").readlines())
print(open(path, "rb").readlines())

with open(path, "w+") as f:
    f.write("0123456789")
    f.seek(3)
    print(f.read(3), f.tell())
    f.seek(0)
    f.write("AB")
    f.seek(0)
    print(f.read())

with open(path, "r+b") as f:
    f.seek(5)
    f.write(b"xy")
    f.seek(0)
    print(f.read(), f.mode)

with open(path, "w", encoding="utf-8") as f:
    f.write("naïve café ☕\n" * 3000)
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[-1], end="")
print(os.path.getsize(path) if hasattr(os.path, "getsize") else len(open(path, "rb").read()))

for args in [("missing.txt",), (d,), (path, "rr"), (path, "rw"), (path, "z"), (path, "rbt"),
             (path, "rb", 1, "utf-8"), (path, "r", 0)]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
try:
    open(path, "x")
except FileExistsError as e:
    print(e.errno, e.strerror)

f = open(path)
for call in [lambda: f.write("x"), lambda: open(path, "w").read(), lambda: open(path, "w").write(b"x"),
             lambda: open(path, "wb").write("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(issubclass(io.UnsupportedOperation, OSError), io.SEEK_END)

def save(text):
    open(path, "w").write(text)  # never closed: flushed when the file object goes away


save("dropped, not closed\n")
print(open(path).read(), end="")
kept = open(os.path.join(d, "kept.txt"), "w")
kept.write("flushed at exit")

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
