# sys.stdout and sys.stdin refuse what they cannot do with io.UnsupportedOperation, as CPython's piped
# streams do (the differential suite pipes stdout): no reading stdout, no writing stdin, no seeking.
import io, sys

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, isinstance(e, io.UnsupportedOperation), e)

for call in (sys.stdout.read, sys.stdout.readline, lambda: sys.stdin.write('x'), sys.stdout.seekable,
             sys.stdout.tell, lambda: sys.stdout.seek(0), lambda: sys.stdout.newlines, lambda: sys.stderr.newlines):
    attempt(call)
