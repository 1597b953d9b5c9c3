# os.environ and os.environb as MutableMappings over one environment, the checks putenv and unsetenv
# make of names and values, a worker thread's changes reaching a child process; fsencode/fsdecode and
# bytes paths through fspath, listdir and stat
import collections.abc
import os
import subprocess
import sys
import tempfile
import threading

env = os.environ
print(isinstance(env, collections.abc.MutableMapping), type(env).__name__, type(os.environb).__name__)
print(type(env.keys()).__name__, type(env.items()).__name__, type(env.values()).__name__, type(env.copy()).__name__)
merged = env | {"GL_MERGED": "1"}
print(type(merged).__name__, merged["GL_MERGED"], "GL_MERGED" in env, type({"GL_MERGED": "1"} | env).__name__)
env |= {"GL_A": "a"}
print(env["GL_A"], os.getenv("GL_A"), env.setdefault("GL_A", "other"), env.setdefault("GL_B", "b"), "GL_B" in env)
print(env == dict(env), env != {}, len(env) == len(list(env)), sorted(k for k in env.keys() if k.startswith("GL_")))
try:
    env | 1
except TypeError as e:
    print("TypeError", e)
for bad in [1, None]:
    try:
        env[bad]
    except TypeError as e:
        print("TypeError", e)
for name, value in [("a=b", "1"), ("=a", "1"), ("", "1"), ("a\0", "1"), ("GL_C", "x\0"), ("GL_C", 3)]:
    try:
        env[name] = value
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, repr(name), e)
for name in ["a=b", "", "GL_NOT_SET"]:
    try:
        del env[name]
    except (OSError, KeyError) as e:
        print(type(e).__name__, repr(name), e)
try:
    env.pop("GL_NOT_SET")
except KeyError as e:
    print("KeyError", e)
print(env.pop("GL_NOT_SET", "default"), env.get("GL_NOT_SET"), env.pop("GL_B"))

print(os.supports_bytes_environ, os.environb[b"GL_A"], os.getenvb(b"GL_A"), os.getenvb(b"GL_NOT_SET", b"d"))
os.environb[b"GL_BYTES"] = b"from bytes"
print(env["GL_BYTES"], repr(os.environb).startswith("environ({b'"), b"GL_BYTES" in os.environb)
del os.environb[b"GL_BYTES"]
print("GL_BYTES" in env)
try:
    os.environb["GL_STR"] = b"1"
except TypeError as e:
    print("TypeError", e)

print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(b"raw"), os.fsdecode("text"))
print(ascii(os.fsdecode(b"\xff")), os.fsencode(os.fsdecode(b"\xff")))
for bad in [1, None]:
    for fn in (os.fsencode, os.fsdecode):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError", e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())


class BytesPath:
    def __fspath__(self):
        return b"/tmp"


class IntPath:
    def __fspath__(self):
        return 1


print(os.fspath(b"raw"), os.fspath(BytesPath()))
try:
    os.fspath(IntPath())
except TypeError as e:
    print("TypeError", e)
with tempfile.TemporaryDirectory() as directory:
    open(os.path.join(directory, "caf\xe9"), "w").close()
    os.mkdir(os.fsencode(os.path.join(directory, "sub")))
    print(sorted(os.listdir(os.fsencode(directory))), sorted(os.listdir(directory)))
    print(os.stat(os.fsencode(directory)).st_mode == os.stat(directory).st_mode)


def set_from_thread():
    os.environ["GL_THREAD"] = "set in a thread"


worker = threading.Thread(target=set_from_thread)
worker.start()
worker.join()
print(subprocess.run(["sh", "-c", "echo $GL_THREAD $GL_A"], capture_output=True, text=True).stdout, end="")
for name in list(env):
    if name.startswith("GL_"):
        del env[name]
print(sorted(k for k in env if k.startswith("GL_")))
