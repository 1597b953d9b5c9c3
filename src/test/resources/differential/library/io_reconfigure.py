# TextIOWrapper.reconfigure and sys.stdout/sys.stderr.reconfigure: argument checks in CPython's order,
# encoding and errors changed in place, newline translation, the flags, and no change after a read.
import io, sys

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for call in (lambda: sys.stdout.reconfigure(1), lambda: sys.stdout.reconfigure(encoding=1),
             lambda: sys.stdout.reconfigure(errors=1), lambda: sys.stdout.reconfigure(newline=1),
             lambda: sys.stdout.reconfigure(newline='x'), lambda: sys.stdout.reconfigure(bogus=1),
             lambda: sys.stdout.reconfigure(line_buffering="yes"), lambda: sys.stdout.reconfigure(write_through=2.5),
             lambda: sys.stdout.reconfigure(encoding='bogus'), lambda: sys.stdout.reconfigure(encoding='rot13'),
             lambda: io.StringIO().reconfigure):
    attempt(call)

attempt(lambda: sys.stdout.reconfigure(line_buffering=1))
print(sys.stdout.line_buffering, sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
sys.stdout.reconfigure(line_buffering=False)
attempt(lambda: sys.stdout.reconfigure(encoding='ascii'))
print(sys.stdout.encoding, sys.stdout.errors, repr(sys.stdout))
attempt(lambda: print('caf\xe9'))
sys.stdout.reconfigure(errors='replace')
print('caf\xe9', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print('caf\xe9')
sys.stdout.write('na\xefve\n')
sys.stdout.writelines(['\u2603\n'])
sys.stdout.reconfigure(encoding='UTF8')
print('caf\xe9', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(newline='\r\n')
print('a\nb')
sys.stdout.reconfigure(newline=None)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding='utf-8', errors='strict')

# a TextIOWrapper of its own: held-back text written before the encoding changes
w = io.TextIOWrapper(b := io.BytesIO(), encoding='utf-16')
w.write('a')
w.reconfigure(encoding='utf-8')
w.write('b')
w.flush()
print(b.getvalue(), w.encoding, w.errors)
w = io.TextIOWrapper(b := io.BytesIO(), encoding='ascii', errors='replace')
w.reconfigure(encoding='latin-1'); print(w.errors)
w.reconfigure(errors='ignore'); print(w.encoding, w.errors)
w.reconfigure(newline='\r\n'); w.write('a\nb'); w.flush(); print(b.getvalue())
w.reconfigure(encoding='locale'); print(w.encoding)
attempt(lambda: w.reconfigure(encoding=None, errors=None, line_buffering=None, write_through=None))

r = io.TextIOWrapper(io.BytesIO(b"ab\r\ncd\n"), newline='')
print(repr(r.read(1)))
for call in (lambda: r.reconfigure(encoding='ascii'), lambda: r.reconfigure(newline=None),
             lambda: r.reconfigure(errors='replace'), lambda: r.reconfigure(encoding=None),
             lambda: r.reconfigure(encoding=1, newline='x'), lambda: r.reconfigure(newline='x', line_buffering='s')):
    attempt(call)
r.reconfigure(line_buffering=True)
print(r.line_buffering, r.errors)
r.close()
attempt(lambda: r.reconfigure(line_buffering=True))
