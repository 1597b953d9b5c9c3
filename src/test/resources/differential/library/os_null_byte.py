# A NUL in a path is CPython's ValueError "embedded null byte", raised before any system call.
import os

for name, call in [("open", open), ("stat", os.stat), ("lstat", os.lstat), ("listdir", os.listdir),
                   ("remove", os.remove), ("mkdir", os.mkdir), ("rename", lambda p: os.rename(p, "x")),
                   ("chdir", os.chdir)]:
    try:
        call("a\0b")
    except ValueError as e:
        print(name, "ValueError", e)
print(os.path.isfile("a\0b"), os.path.exists("a\0b"), os.path.isdir("a\0b"))
