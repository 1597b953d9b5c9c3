# io.StringIO and io.BytesIO: writing, reading, seeking, getvalue, print(file=...), errors.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"))
print("second line", 2, file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell())
print(s.readlines())
s.seek(6)
s.write("W")
print(repr(s.getvalue()))
s.seek(40)
s.write("!")
print(repr(s.getvalue()[-5:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()))
print(list(io.StringIO("a\nb\nc")))
with io.StringIO("x\r\ny", newline=None) as t:
    print(repr(t.read()))
print(t.closed)
for bad in [lambda: t.read(), lambda: io.StringIO().write(b"x"), lambda: io.StringIO(3),
            lambda: io.StringIO().seek(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)

b = io.BytesIO(b"abc")
print(b.read(), b.tell(), b.read())
print(b.write(b"def"), b.getvalue())
b.seek(1)
b.write(bytearray(b"XY"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), list(io.BytesIO(b"1\n2\n")))
b.close()
for bad in [lambda: b.read(), lambda: io.BytesIO().write("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(b, io.BufferedIOBase), type(b).__name__)
for f in (io.BytesIO(), io.StringIO()):
    for call in [lambda: f.seek(-1), lambda: f.seek(0, 5), lambda: f.seek(-1, 1), lambda: f.truncate(-1)]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
