# A stream class written on io's base classes without closed or close of its own gets IOBase's:
# closed is False until close(), which flushes once (and is closed even when the flush fails).
import io


class Sink(io.BufferedIOBase):
    def __init__(self):
        self.data = []

    def writable(self):
        return True

    def write(self, b):
        self._checkClosed()
        self.data.append(bytes(b))
        return len(b)

    def flush(self):
        print("flush, closed =", self.closed)
        super().flush()


s = Sink()
print(s.closed, s.write(b"abc"), s.data)
s.close()
print(s.closed)
s.close()
try:
    s.write(b"x")
except ValueError as e:
    print("ValueError", e)
try:
    s.flush()
except ValueError as e:
    print("ValueError", e)
with Sink() as t:
    print("inside", t.closed)
print("after with", t.closed)


class Failing(io.RawIOBase):
    def flush(self):
        raise OSError("flush failed")


f = Failing()
try:
    f.close()
except OSError as e:
    print("OSError", e, f.closed)
f.close()
print(io.IOBase().closed, io.TextIOBase().closed)
