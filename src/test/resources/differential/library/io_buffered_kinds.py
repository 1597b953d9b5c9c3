# A BufferedReader has no write() and a BufferedWriter no read() (BufferedIOBase's UnsupportedOperation, or
# no peek at all), and a closed buffered file names the operation tried ("peek of closed file").
import io, os, tempfile

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

path = os.path.join(tempfile.mkdtemp(), 'f.bin')
with open(path, 'wb') as f:
    f.write(b'abc\ndef\n')

r = io.BufferedReader(io.BytesIO(b'xy'))
for call in (lambda: r.write(b'x'), lambda: r.truncate(), lambda: r.writable(), lambda: r.readable(), lambda: r.peek(1)):
    attempt(call)
w = io.BufferedWriter(io.BytesIO(b'xy'))
for call in (lambda: w.read(), lambda: w.read1(), lambda: w.readline(), lambda: w.peek(), lambda: w.readinto(bytearray(1)),
             lambda: w.readable(), lambda: w.writable(), lambda: w.write(b'q'), lambda: w.truncate()):
    attempt(call)
with open(path, 'rb') as f:
    attempt(lambda: f.write(b'x'))
with open(path, 'r') as f:
    attempt(lambda: f.write('x'))
    attempt(lambda: f.truncate())
with open(path, 'w') as f:
    attempt(lambda: f.read())

r = open(path, 'rb')
r.close()
for name in ('read', 'read1', 'readline', 'peek', 'tell', 'flush', 'isatty', 'readable', 'writable', 'seekable',
             'fileno', 'readlines', 'truncate', '__next__'):
    attempt(getattr(r, name))
attempt(lambda: r.readinto(bytearray(2)))
attempt(lambda: r.seek(0))
attempt(lambda: r.write(b'x'))
attempt(lambda: r.detach())
w = open(path, 'wb')
w.close()
for call in (w.read, lambda: w.write(b'x'), w.flush, w.tell, w.truncate, w.writable, w.readable):
    attempt(call)
t = open(path)
t.close()
for name in ('isatty', 'readable', 'writable', 'seekable', 'read', 'fileno'):
    attempt(getattr(t, name))
