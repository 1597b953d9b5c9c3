# newline= as StringIO and text files read it: "" and "\r" end lines at their own newlines (StringIO
# ended them at "\n" only), and newlines reports the kinds universal-newline reading has seen.
import io

for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), s.readlines(), s.newlines, repr(s.getvalue()))
    s.write("x\ny\r")
    print("  ", repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("  ", [line for line in s])

s = io.StringIO(newline=None)
print(s.newlines)
s.write("one\n")
print(s.newlines)
s.write("two\r\n")
print(s.newlines)
s.write("three\r")
print(s.newlines)

raw = io.BytesIO(b"l1\r\nl2\rl3\nl4")
t = io.TextIOWrapper(raw, encoding="ascii")
print(t.readline(), t.newlines)
print(t.read(), t.newlines)
t2 = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\rl3\nl4"), encoding="ascii", newline="")
print(t2.readlines(), t2.newlines)
t3 = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\rl3\nl4"), encoding="ascii", newline="\r")
print(t3.readlines(), t3.newlines)

import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "nl.txt")
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(path, newline=nl) as f:
        print(repr(nl), f.newlines, f.readlines(), f.newlines)
        f.seek(0)
        print("   after seek:", f.newlines)
