# OSError(errno, strerror, filename[, winerror, filename2]) keeps (errno, strerror) as args and the filenames
# as members, as oserror_init does: repr() shows two arguments, for errors the program makes and those os raises.
import os
for make in (lambda: OSError(2, "No such file", "x.txt"), lambda: OSError(2, "x", "f", None, "g"), lambda: OSError(2, "x", None),
             lambda: OSError(1, 2, 3, 4, 5, 6), lambda: PermissionError(13, "denied", "/root/x")):
    e = make()
    print(repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
class E(OSError): pass
print(repr(E(2, "x", "f")))
for action in (lambda: open("/nonexistent/file"), lambda: os.stat("/nonexistent"), lambda: os.rename("/nonexistent/a", "/nonexistent/b"),
               lambda: os.listdir("/nonexistent"), lambda: os.mkdir("/")):
    try:
        action()
    except OSError as e:
        print(repr(e), "|", e, "|", e.args, e.filename, e.filename2)
e = OSError(2, "x", "f")
e.filename = "g"
print(e, e.args)
