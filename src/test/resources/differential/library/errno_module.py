# errno: the E* names and errorcode of Linux x86-64, the aliases that share a number, and the errno
# values the OSErrors the model raises carry (os, open, socket), each matching errno's name for it.
import errno
import os
import socket
import tempfile

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode), repr(errno))
for name in names:
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], os.strerror(code))
print(sorted(errno.errorcode) == sorted(set(getattr(errno, n) for n in names)))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(type(errno.errorcode).__name__, errno.__name__, errno.__doc__.splitlines()[0])
print(os.strerror(0), "|", os.strerror(41), "|", os.strerror(133), "|", os.strerror(200))

# OSError(errno, strerror) picks the subclass from the number; with no arguments there is no errno
print(FileNotFoundError().errno, type(OSError(errno.ENOENT, "x")).__name__, type(OSError(errno.EAGAIN, "x")).__name__)
for code in (errno.EPERM, errno.EACCES, errno.ESRCH, errno.ECHILD, errno.EINTR, errno.EPIPE, errno.ESHUTDOWN,
             errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EEXIST, errno.EISDIR, errno.ENOTDIR,
             errno.ETIMEDOUT, errno.EALREADY, errno.EINPROGRESS, errno.EIO, 1000):
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, e)

with tempfile.TemporaryDirectory() as base:
    path = os.path.join(base, "f")
    checks = [
        ("open missing", lambda: open(os.path.join(base, "missing")), errno.ENOENT),
        ("mkdir twice", lambda: (os.mkdir(path), os.mkdir(path)), errno.EEXIST),
        ("open a directory", lambda: open(path, "w"), errno.EISDIR),
        ("listdir a file", lambda: (open(os.path.join(base, "g"), "w").close(), os.listdir(os.path.join(base, "g"))),
         errno.ENOTDIR),
        ("rmdir non-empty", lambda: (open(os.path.join(path, "x"), "w").close(), os.rmdir(path)), errno.ENOTEMPTY),
        ("remove a directory", lambda: os.remove(path), errno.EISDIR),
    ]
    for what, action, expected in checks:
        try:
            action()
        except OSError as e:
            print(what, type(e).__name__, e.errno == expected, errno.errorcode[e.errno], e.strerror)

s = socket.socket()
try:
    s.send(b"x")
except OSError as e:
    print("send unconnected", type(e).__name__, errno.errorcode[e.errno], e.strerror)
s.close()
