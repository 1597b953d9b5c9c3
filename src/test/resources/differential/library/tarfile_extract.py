"""tarfile with files on disk: add() of a directory tree (recursive, arcname, filter=) whose archive bytes
must be python3's once times and owners are fixed, compressed archives written and read by path, and
extraction (extract, extractall with the 3.11.7 filters, extractfile) into temporary directories, printing
paths relative to them."""
import hashlib
import io
import os
import stat
import tarfile
import tempfile


def fixed(tarinfo):
    """Times and owners that do not depend on the machine, and no .skip files."""
    if tarinfo.name.endswith(".skip"):
        return None
    tarinfo.mtime = 1600000000
    tarinfo.uid = tarinfo.gid = 0
    tarinfo.uname = tarinfo.gname = "root"
    tarinfo.mode = 0o755 if tarinfo.isdir() else 0o644
    return tarinfo


def tree(root):
    """Every path under root, relative, with its kind and, for a file, its bytes."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            if os.path.islink(full):
                found.append((rel, "link", os.readlink(full)))
            elif os.path.isdir(full):
                found.append((rel, "dir"))
            else:
                with open(full, "rb") as f:
                    found.append((rel, oct(stat.S_IMODE(os.stat(full).st_mode)), f.read()[:24]))
    return found


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    os.makedirs(os.path.join(src, "logs", "old"))
    os.makedirs(os.path.join(src, "empty"))
    for rel, text in (("README", "read me\n"), ("logs/a.log", "a" * 700), ("logs/b.log", "b\n" * 300),
                      ("logs/old/c.log", "old log\n"), ("logs/ignore.skip", "no"), ("z" * 120 + ".txt", "long")):
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    os.symlink("README", os.path.join(src, "readme-link"))

    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        path = os.path.join(tmp, "out%d.tar" % fmt)
        try:
            with tarfile.open(path, "w", format=fmt) as tf:
                tf.add(src, arcname="project", filter=fixed)
        except ValueError as e:
            print(fmt, "ValueError", e)
            continue
        with open(path, "rb") as f:
            raw = f.read()
        print(fmt, len(raw), hashlib.sha256(raw).hexdigest())

    with tarfile.open(os.path.join(tmp, "logs.tar"), "w") as tf:
        tf.add(os.path.join(src, "logs"), arcname="logs", recursive=False, filter=fixed)
        tf.add(os.path.join(src, "README"), filter=fixed)
    with tarfile.open(os.path.join(tmp, "logs.tar")) as tf:
        print([(m.name.startswith("/"), os.path.basename(m.name), m.type) for m in tf])

    for mode in ("w:gz", "w:bz2", "w:xz"):
        path = os.path.join(tmp, "project.tar." + mode[2:])
        with tarfile.open(path, mode) as tf:
            tf.add(src, arcname="project", filter=fixed)
        print(mode, tarfile.is_tarfile(path), tarfile.is_tarfile(os.path.join(src, "README")))
        for read_mode in ("r", "r:*", "r:" + mode[2:], "r|*"):
            with tarfile.open(path, read_mode) as tf:
                names = tf.getnames()
            print(" ", read_mode, len(names), names[:4])
        with tarfile.open(path) as tf:
            out = os.path.join(tmp, "out-" + mode[2:])
            tf.extractall(out, filter="data")
            print(tree(out))
            tf.extract("project/README", os.path.join(tmp, "single"))
            tf.extract(tf.getmember("project/logs/b.log"), os.path.join(tmp, "single"), filter="tar")
            print(tree(os.path.join(tmp, "single")))
            member = tf.extractfile("project/logs/b.log")
            print(member.readline(), len(member.read()), tf.extractfile("project/logs") is None)
            try:
                tf.extractall(os.path.join(tmp, "bad"), filter="nonsense")
            except ValueError as e:
                print("ValueError", e)

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w|gz") as tf:
        tf.add(os.path.join(src, "README"), arcname="README", filter=fixed)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r|gz") as tf:
        print([m.name for m in tf])

    # what the data filter refuses
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode="w") as tf:
        for name, kind, link in (("/etc/absolute", tarfile.REGTYPE, ""), ("../outside", tarfile.REGTYPE, ""),
                                 ("abslink", tarfile.SYMTYPE, "/etc/passwd"), ("uplink", tarfile.SYMTYPE, "../../x"),
                                 ("device", tarfile.CHRTYPE, ""), ("fine", tarfile.REGTYPE, "")):
            t = tarfile.TarInfo(name)
            t.type = kind
            t.linkname = link
            tf.addfile(t, io.BytesIO(b""))
    for name in ("/etc/absolute", "../outside", "abslink", "uplink", "device", "fine"):
        for flt in ("data",) if name == "device" else ("data", "tar"):  # the model makes no devices
            evil.seek(0)
            with tarfile.open(fileobj=evil) as tf:
                try:
                    tf.extract(name, os.path.join(tmp, "evil"), filter=flt)
                    print(name, flt, "extracted")
                except tarfile.FilterError as e:
                    print(name, flt, type(e).__name__, e.tarinfo.name)
    print(tree(os.path.join(tmp, "evil")))
    m = tarfile.TarInfo("x")
    print(tarfile.data_filter(m, tmp).mode, tarfile.tar_filter(m, tmp) is m, tarfile.fully_trusted_filter(m, tmp) is m)
