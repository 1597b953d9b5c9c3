# codecs is frozen in CPython: a decoding error of an incremental decoder, codecs.iterdecode or a text
# file read as UTF-8 ends in the decoder's "<frozen codecs>" frame, no frame of the C helpers or of io.
import codecs
import os
import tempfile
import traceback

folder = tempfile.mkdtemp()


def show(action):
    try:
        action()
    except Exception:
        print(traceback.format_exc().replace(folder, "<tmp>"))


show(lambda: codecs.getincrementaldecoder("utf-8")().decode(b"ok \xff", final=True))
show(lambda: list(codecs.iterdecode([b"\xe6\x97", b"\xa5 \xe6"], "utf-8")))
print(codecs.iterdecode.__code__.co_filename)

path = os.path.join(folder, "latin1.csv")
with open(path, "wb") as f:
    f.write("name;city\nJos\xe9;M\xe1laga\n".encode("latin-1"))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readline())
