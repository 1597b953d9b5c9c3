# os.chdir moves every relative path: os, open(), scandir, pathlib, glob, shutil, sqlite3 and the
# compressed file modules all take relative paths from the new working directory, in every thread
import bz2, glob, gzip, lzma, os, pathlib, shutil, sqlite3, tempfile, threading, zipfile

start = os.getcwd()
top = os.path.realpath(tempfile.mkdtemp())


def show(value):
    return str(value).replace(top, "<tmp>")


def attempt(what, *args):
    try:
        what(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, show(e), show(e.args))


os.chdir(top)
try:
    print(show(os.getcwd()), show(os.getcwdb()), os.path.abspath("x") == os.path.join(top, "x"))
    # the errors chdir raises, naming the path as it was given
    with open("plain.txt", "w") as f:
        f.write("plain\n")
    for bad in ["nope", b"nope", "plain.txt", "plain.txt/x", "", "a\0b", 3.5, None, pathlib.Path("nope")]:
        attempt(os.chdir, bad)
    attempt(os.chdir)
    attempt(os.fchdir)

    # os: relative paths from the new directory
    os.makedirs("a/b")
    os.mkdir("c")
    os.rename("plain.txt", "a/moved.txt")
    print(sorted(os.listdir()), sorted(os.listdir("a")), sorted(e.path for e in os.scandir()))
    print(os.path.isdir("a/b"), os.path.isfile("a/moved.txt"), os.stat("a/moved.txt").st_size, os.access("a", os.R_OK))
    print([(show(d), sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk("."))])
    os.chdir("a")
    print(show(os.getcwd()), sorted(os.listdir()), open("moved.txt").read().strip())
    os.chdir("b/..")
    print(show(os.getcwd()))
    os.chdir("..")
    print(show(os.getcwd()))
    os.symlink("a/b", "link")
    os.chdir("link")
    print(show(os.getcwd()), show(os.path.realpath(".")))
    os.chdir(os.pardir)  # the physical parent: a/b's, not the link's
    print(show(os.getcwd()))
    os.chdir(top)

    # descriptors of directories: fchdir and chdir(fd); a descriptor of a file is not a directory
    fd = os.open("c", os.O_RDONLY)
    os.fchdir(fd)
    print(show(os.getcwd()))
    os.chdir(top)
    os.chdir(fd)
    print(show(os.getcwd()))
    attempt(os.read, fd, 1)
    attempt(os.write, fd, b"x")
    print(os.lseek(fd, 0, os.SEEK_SET))
    try:
        open(fd)
    except IsADirectoryError as e:
        print("IsADirectoryError", e.args, e.filename == fd)
    attempt(os.open, os.path.join(top, "c"), os.O_WRONLY)
    os.close(fd)
    os.chdir(top)
    fd = os.open("a/moved.txt", os.O_RDONLY)
    attempt(os.fchdir, fd)
    try:
        os.chdir(fd)
    except NotADirectoryError as e:
        print("NotADirectoryError", e.filename == fd, e.args)
    os.close(fd)
    attempt(os.fchdir, fd)
    attempt(os.chdir, 12345)
    attempt(os.fchdir, "c")
    attempt(os.fchdir, 1)

    # open() and io, and the modules that open files by name
    with open("data.txt", "w") as f:
        f.write("data\n")
    with gzip.open("data.gz", "wt") as f:
        f.write("gzip\n")
    with bz2.open("data.bz2", "wt") as f:
        f.write("bz2\n")
    with lzma.open("data.xz", "wt") as f:
        f.write("lzma\n")
    with zipfile.ZipFile("data.zip", "w") as z:
        z.write("data.txt")
    os.chdir("c")
    os.chdir(os.pardir)
    print(open("data.txt").read().strip(), gzip.open("data.gz", "rt").read().strip(), bz2.open("data.bz2", "rt").read().strip(),
          lzma.open("data.xz", "rt").read().strip(), zipfile.ZipFile("data.zip").read("data.txt"))
    with zipfile.ZipFile("data.zip") as z:
        z.extractall("unzipped")
    print(os.listdir("unzipped"))

    # pathlib and glob
    print(show(pathlib.Path.cwd()), show(pathlib.Path("a").absolute()), show(pathlib.Path("link").resolve()))
    print(sorted(str(p) for p in pathlib.Path().iterdir()), pathlib.Path("data.txt").read_text().strip())
    pathlib.Path("c/new.txt").write_text("new\n")
    print(sorted(glob.glob("*.txt")), sorted(glob.glob("**/*.txt", recursive=True)), sorted(str(p) for p in pathlib.Path().glob("c/*")))

    # shutil
    shutil.copy("data.txt", "c/copied.txt")
    shutil.copytree("a", "a2")
    shutil.move("a2", "c/a3")
    print(sorted(os.listdir("c")), sorted(os.listdir("c/a3")))
    shutil.rmtree("c/a3")
    print(sorted(os.listdir("c")))

    # sqlite3: a relative database file
    db = sqlite3.connect("rel.db")
    db.execute("create table t (x)")
    db.execute("insert into t values (42)")
    db.commit()
    db.close()
    print(os.path.exists("rel.db"), sqlite3.connect(os.path.join(top, "rel.db")).execute("select x from t").fetchall())
    print(sqlite3.connect("file:rel.db?mode=ro", uri=True).execute("select x from t").fetchall())

    # getcwd fails once the working directory is removed
    os.mkdir("gone")
    os.chdir("gone")
    os.rmdir(os.path.join(top, "gone"))
    attempt(os.getcwd)
    attempt(os.getcwdb)
    os.chdir(top)

    # the working directory is the process's: a thread's chdir moves the main thread too
    def move():
        os.chdir("c")

    t = threading.Thread(target=move)
    t.start()
    t.join()
    print(show(os.getcwd()), sorted(os.listdir()))
finally:
    os.chdir(start)
    shutil.rmtree(top)
print(os.getcwd() == start, os.path.exists(top))
