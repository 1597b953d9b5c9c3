# os and os.path: the process, the environment, directories and their errors, path arithmetic
import os, sys
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep, os.altsep)
print(os.path is sys.modules['os.path'], os.path.__name__)
print(type(os.getpid()) is int, os.getppid() != os.getpid(), os.cpu_count() >= 1)
print(repr(os.environ).startswith("environ({"), os.environ["HOME"] == os.getenv("HOME"), os.getenv("NO_SUCH_VAR"), os.getenv("NO_SUCH_VAR", "dflt"))
os.environ["GILLAB_TEST"] = "1"
print(os.environ.get("GILLAB_TEST"), "GILLAB_TEST" in os.environ, os.environ.pop("GILLAB_TEST"), "GILLAB_TEST" in os.environ)
try:
    os.environ["NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
base = os.path.join("/tmp", "gillab-os-test-%d" % os.getpid())
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == os.path.join(base, "a"))
try:
    os.mkdir(os.path.join(base, "x", "y"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
f = os.path.join(base, "a", "f.txt")
os.mkdir(f)  # a directory named like a file: the model has no open() of its own yet here
me = __file__
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(os.path.exists(me), os.path.isfile(me), os.path.isdir(me), os.path.getsize(me) > 100, os.path.isdir(base), os.path.exists(base + "/nope"))
st = os.stat(me)
print(st.st_size == os.path.getsize(me), type(st.st_mtime) is float, os.path.getmtime(me) == st.st_mtime, len(st), st[6] == st.st_size)
import stat as stat_module
print(stat_module.S_ISREG(st.st_mode), stat_module.S_ISDIR(os.stat(base).st_mode), stat_module.filemode(os.stat(base).st_mode)[0], stat_module.filemode(st.st_mode)[0])
os.rename(f, f + ".moved")
print(sorted(os.listdir(os.path.join(base, "a"))))
try:
    os.rename(f, f + ".again")
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(me)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for dirpath, dirnames, filenames in os.walk(base):
    print(dirpath.replace(base, "BASE"), sorted(dirnames), sorted(filenames))
os.rmdir(f + ".moved")
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))
print(len(os.urandom(8)), type(os.urandom(3)))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", ""), os.path.split("a/b/"), os.path.split("/"), os.path.splitext("a.b/c.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.normpath("a//b/../c/./d/"), os.path.normpath(""), os.path.normpath("//a"), os.path.normpath("///a"), os.path.normpath("../../x"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.path.basename("a/b/"), os.path.dirname("/a"), os.path.dirname("a/b/c"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.expanduser("~/x") == os.environ["HOME"] + "/x", os.path.expanduser("x"))
print(os.path.expandvars("$HOME/${HOME}/$NOPE/${NOPE}") == "{0}/{0}/$NOPE/${{NOPE}}".format(os.environ["HOME"]))
print(os.path.realpath("/tmp/../tmp"), os.path.realpath("."))
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError", e)
print(os.strerror(2), os.error is OSError, os.fspath("x"), len(os.getloadavg()), os.uname().sysname)
print(os.access("/tmp", os.R_OK), os.access("/nonexistent", os.F_OK))
