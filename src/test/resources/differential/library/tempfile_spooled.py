# tempfile.SpooledTemporaryFile: in memory until max_size is passed, a truncate past it or fileno(),
# then on disk with the same contents and position; text mode, iteration and the context manager.
import io, os, tempfile

s = tempfile.SpooledTemporaryFile(max_size=10)
print(type(s).__mro__[1].__name__, s.mode, s.name, s.closed, isinstance(s, io.IOBase))
print(s.write(b"hello"), s.tell(), type(s._file).__name__)
print(s.write(b" world!"), s.tell(), type(s._file).__name__, s.name is not None and isinstance(s.name, (int, str)))
s.seek(0); print(s.read(), s.read1(), s.readable(), s.writable(), s.seekable())
s.seek(0); buf = bytearray(4); print(s.readinto(buf), buf)
s.close(); print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print(e)

with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.write(b"one\ntwo\nthree\n")
    s.seek(0)
    print(s.readline(), s.readlines(), type(s._file).__name__)
    s.seek(0)
    print(list(s))
    print(s.truncate(4), s.tell())
    s.seek(0); print(s.read(), s.truncate(200), type(s._file).__name__)
    s.seek(0); print(s.read())
print(s.closed)

with tempfile.SpooledTemporaryFile(mode="w+", newline=None) as t:
    print(t.mode, t.encoding, t.errors, t.newlines)
    t.write("a\r\nb\n")
    t.seek(0)
    print(repr(t.read()), t.newlines)
    print(t.tell(), type(t.fileno()), type(t._file).__name__)
    t.seek(0); print(repr(t.read()), t.mode)
    t.write("more\n"); t.seek(0); print(t.readlines())

s = tempfile.SpooledTemporaryFile(5)
s.writelines([b"ab", b"cd"]); print(type(s._file).__name__)
s.writelines([b"ef"]); print(type(s._file).__name__)
s.rollover(); s.rollover(); s.seek(0); print(s.read())
try:
    s.encoding
except AttributeError as e:
    print(e)
s.close()

s = tempfile.SpooledTemporaryFile()
s.write(b"x" * 100000); print(type(s._file).__name__)
s.rollover(); print(type(s._file).__name__, s.tell())
s.close()
print(tempfile.SpooledTemporaryFile[int])
