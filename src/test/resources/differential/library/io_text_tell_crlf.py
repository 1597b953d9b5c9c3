# tell() on a text file read with universal newlines counts the two bytes of each "\r\n" read ahead as
# one "\n", so that seek(tell()) comes back to the same place (CPython's cookie is the byte offset too
# where no "\r" is held back for the next read).
import io, os, tempfile

path = os.path.join(tempfile.mkdtemp(), 'crlf.txt')
with open(path, 'wb') as f:
    f.write(b'a\r\nb\r\nc\nd\r\n\r\ne' + b'x\r\n' * 5000 + b'end\r\n')

with open(path, encoding='utf-8') as f:
    marks = []
    while True:
        position = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((position, line))
    print(len(marks), marks[:6], marks[-1], f.tell())
    for position, line in marks:
        f.seek(position)
        assert f.readline() == line, (position, line)
    f.seek(0)
    print(repr(f.read(4)), f.tell(), repr(f.read(1)), f.tell())
    f.seek(marks[3][0]); print(repr(f.read(3)), f.tell())

w = io.TextIOWrapper(io.BytesIO(b'one\r\ntwo\r\nthree'), encoding='ascii')
print(repr(w.readline()), w.tell(), repr(w.readline()), w.tell())
w.seek(5); print(repr(w.read()))
b = io.BytesIO('α\r\nβ\r\n'.encode('utf-16'))
u = io.TextIOWrapper(b, encoding='utf-16')
print(repr(u.readline()), u.tell(), repr(u.readline()), u.tell())
