# io is C in CPython: the traceback of an error raised by open() or a file's methods ends at the caller's
# line, with no frame of the io module.
import io
import os
import tempfile
import traceback

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")
with open(path, "w") as f:
    f.write("one\ntwo\n")


def show(action):
    try:
        action()
    except Exception:
        lines = traceback.format_exc().replace(folder, "<tmp>").splitlines()
        # the frame of show() and the action's own frame, then the error: no io.py frame between
        print("\n".join(line for line in lines if "File" not in line or "io_c_frames" not in line))


def missing():
    open(os.path.join(folder, "missing.txt"))


def directory():
    open(folder, "w")


def closed_write():
    f = open(path, "a")
    f.close()
    f.write("late")


def bytes_to_text():
    with open(path, "w") as f:
        f.write(b"raw")


def not_readable():
    with open(path, "a") as f:
        f.read()


def not_writable():
    with open(path) as f:
        f.write("x")


def bad_mode():
    open(path, "rw")


def bad_encoding_argument():
    open(path, encoding=8)


def latin1_cannot():
    with open(path, "w", encoding="latin-1") as f:
        f.write("price: 5\u20ac")


def ascii_cannot():
    with io.TextIOWrapper(io.BytesIO(), encoding="ascii") as f:
        f.write("na\xefve")


def stringio_closed():
    s = io.StringIO("abc")
    s.close()
    s.read()


def seek_relative():
    with open(path) as f:
        f.seek(3, 1)


def bytesio_negative_seek():
    io.BytesIO(b"abc").seek(-1)


for action in (missing, directory, closed_write, bytes_to_text, not_readable, not_writable, bad_mode,
               bad_encoding_argument, latin1_cannot, ascii_cannot, stringio_closed, seek_relative,
               bytesio_negative_seek):
    show(action)
    print("--")

open("/nonexistent-directory/nothing-here")
