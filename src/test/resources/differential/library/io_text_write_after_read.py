# A text file open for reading and writing writes where its buffer's reading got to, past the text read
# ahead, as CPython's TextIOWrapper does (it does not seek back); and TextIOWrapper's argument checks.
import io, os, tempfile

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

path = os.path.join(tempfile.mkdtemp(), 'rw.txt')
with open(path, 'w') as f:
    f.write('x' * 10)
with open(path, 'r+') as f:
    print(f.read(2), f.tell())
    f.write('Y')
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(path, 'r+') as f:
    f.seek(3)
    f.write('Q')
    f.seek(0)
    print(f.read())
b = io.BytesIO(b'line one\nline two\n')
w = io.TextIOWrapper(b)
print(repr(w.readline()))
w.write('tail')
w.flush()
print(b.getvalue())

for call in (lambda: io.TextIOWrapper(io.BytesIO(), encoding=5), lambda: io.TextIOWrapper(io.BytesIO(), errors=5),
             lambda: io.TextIOWrapper(io.BytesIO(), newline=5), lambda: io.TextIOWrapper(io.BytesIO(), newline='x'),
             lambda: io.TextIOWrapper(io.BytesIO(), encoding='rot13'), lambda: open(path, 'rb').read(-2),
             lambda: io.BufferedReader(io.BytesIO(b'abc')).read(-5)):
    attempt(call)
