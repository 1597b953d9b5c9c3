# fileinput: lines of several files as one stream with their counters, the module's active input,
# binary mode, next file, in-place editing with a backup, hooks, and the errors.
import fileinput
import gzip
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    def rel(name):
        return name if name is None else os.path.relpath(name, tmp)

    for name, data in (("one.txt", "a\nb\n"), ("two.txt", "c\nd"), ("empty.txt", ""), ("three.txt", "x\ny\nz\n")):
        with open(path(name), "w") as f:
            f.write(data)
    files = [path("one.txt"), path("empty.txt"), path("two.txt")]

    for line in fileinput.input(files):
        print(repr(line), rel(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 0)
    print(rel(fileinput.filename()), fileinput.lineno(), fileinput.fileno())
    fileinput.input(files)
    print(fileinput.filename())
    print(repr(fileinput._state.readline()))
    try:
        fileinput.input(files)
    except RuntimeError as e:
        print(e)
    fileinput.nextfile()
    print(rel(fileinput.filename()), fileinput.lineno())
    fileinput.close()
    for action in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isfirstline):
        try:
            action()
        except RuntimeError as e:
            print(action.__name__, e)

    with fileinput.FileInput(files=(path("one.txt"), path("two.txt")), mode="rb") as f:
        print(f.readline(), rel(f.filename()), f.lineno())
        f.nextfile()
        print(f.readline(), rel(f.filename()), f.lineno(), f.filelineno())
        print(list(f), f.readline())
    with fileinput.input(path("three.txt"), encoding="utf-8") as f:
        print(list(f), f.lineno())
    with fileinput.FileInput(path("three.txt")) as f:
        for line in f:
            if f.filelineno() == 2:
                f.nextfile()
        print(f.lineno())
    for bad in ({"mode": "w"}, {"mode": "rU"}, {"inplace": True, "openhook": open}, {"openhook": 5}):
        try:
            fileinput.FileInput(files, **bad)
        except ValueError as e:
            print(e)

    with fileinput.input([path("two.txt"), path("three.txt")], inplace=True, backup=".orig") as f:
        for line in f:
            print(f"{f.filelineno()}:{line.upper()}", end="")
    print("after in-place")
    for name in sorted(os.listdir(tmp)):
        with open(path(name), "rb") as f:
            print(name, f.read())
    with fileinput.input([path("one.txt")], inplace=True) as f:
        for line in f:
            print(line.strip() * 2)
    print(sorted(os.listdir(tmp)))

    with gzip.open(path("packed.txt.gz"), "wt") as f:
        f.write("zipped 1\nzipped 2\n")
    with fileinput.input([path("packed.txt.gz"), path("one.txt")], openhook=fileinput.hook_compressed) as f:
        print(list(f))
    with open(path("latin.txt"), "wb") as f:
        f.write("caf\u00e9\n".encode("latin-1"))
    with fileinput.input([path("latin.txt")], openhook=fileinput.hook_encoded("latin-1")) as f:
        print(list(f))
    with fileinput.input([path("missing.txt")]) as f:
        try:
            list(f)
        except FileNotFoundError as e:
            print(type(e).__name__, e.errno)
