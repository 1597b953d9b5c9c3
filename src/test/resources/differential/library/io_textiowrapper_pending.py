# A TextIOWrapper holds encoded text back from its buffer until a flush, a chunk's worth, a line under
# line_buffering or any write under write_through: what a program reading the BytesIO under it sees.
import io

w = io.TextIOWrapper(b := io.BytesIO())
w.write("x")
print(b.getvalue(), w.write_through, w.line_buffering)
w.flush(); print(b.getvalue())
w.reconfigure(write_through=True); w.write("y"); print(b.getvalue())
w.reconfigure(write_through=False, line_buffering=True); w.write("z"); print(b.getvalue())
w.write("\n"); print(b.getvalue())
w.reconfigure(line_buffering=False); w.write("q\r"); print(b.getvalue(), w.tell(), b.getvalue())
w.write("abc"); print(b.getvalue())
print(w.detach() is b, b.getvalue())

w = io.TextIOWrapper(b := io.BytesIO())
w.write("a" * 8000); print(len(b.getvalue()))
w.write("b" * 500); print(len(b.getvalue()))
w.seek(0); print(len(b.getvalue()), repr(w.read(3)))

w = io.TextIOWrapper(b := io.BytesIO(), write_through=True)
w.write("now"); print(b.getvalue(), w.write_through)
w = io.TextIOWrapper(b := io.BytesIO(), line_buffering=True)
w.write("one"); print(b.getvalue()); w.write("\rtwo"); print(b.getvalue())
w = io.TextIOWrapper(b := io.BytesIO())
w.write("closing"); w.close(); print(b.closed)
w = io.TextIOWrapper(b := io.BytesIO(b"hello\nworld\n"))
w.write("J"); print(b.getvalue()); print(repr(w.readline()), b.getvalue())

