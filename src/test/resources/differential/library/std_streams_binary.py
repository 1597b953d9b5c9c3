# The standard streams' binary layers: sys.stdout.buffer and os.write(1, ...) / os.write(2, ...) write
# bytes where print() writes (flushing between them keeps the order what python3's is).
import os, sys
print("text first", flush=True)
n = sys.stdout.buffer.write("bytes: caf\u00e9\n".encode())
sys.stdout.buffer.flush()
m = os.write(1, b"os.write to 1\n")
print(n, m, sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno(), sys.stdout.buffer.writable(), flush=True)
os.write(2, b"os.write to 2\n")
print(type(sys.stdout.buffer).__name__ in ("BufferedWriter", "FileIO"), sys.stdout.buffer.name, flush=True)
try:
    sys.stdout.buffer.write("str, not bytes")
except TypeError as e:
    print("TypeError:", e, flush=True)
try:
    os.write(9, b"x")
except OSError as e:
    print("OSError:", e, flush=True)
