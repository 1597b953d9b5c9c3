# pickle: errors in CPython's words (lambdas, local functions, locks, bad reductions, truncated and bad
# data), Pickler/Unpickler subclasses with persistent_id/persistent_load, dispatch_table, reducer_override,
# copyreg.pickle and extension codes, several pickles in one file, and frames around 64 KiB payloads.

import pickle, io, copyreg, _thread


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg[:msg.index(" at 0x")] + msg[msg.index(">"):]
        print(label, type(e).__name__, msg)

def outer():
    def inner():
        pass
    return inner

show("lambda", lambda: pickle.dumps(lambda: 1))
show("local", lambda: pickle.dumps(outer()))
show("lock", lambda: pickle.dumps(_thread.allocate_lock()))
show("empty", lambda: pickle.loads(b""))
show("trunc", lambda: pickle.loads(b"\x80\x04K"))
show("nostop", lambda: pickle.loads(b"K\x01"))
show("badkey", lambda: pickle.loads(b"Z"))
show("badkey2", lambda: pickle.loads(b"\xff"))
show("nomark", lambda: pickle.loads(b"t"))
show("underflow", lambda: pickle.loads(b"0."))
show("memo", lambda: pickle.loads(b"h\x05."))
show("proto", lambda: pickle.dumps(1, 6))
show("proto-1", lambda: pickle.dumps(1, -1))
show("str", lambda: pickle.loads("abc"))
show("persload", lambda: pickle.loads(b"\x80\x04K\x01Q."))
show("badreduce", lambda: pickle.dumps(type("R", (), {"__reduce__": lambda self: 5})()))
show("badreduce2", lambda: pickle.dumps(type("R", (), {"__reduce__": lambda self: (1,)})()))
show("badreduce3", lambda: pickle.dumps(type("R", (), {"__reduce__": lambda self: (len, 1)})()))
show("badreduce4", lambda: pickle.dumps(type("R", (), {"__reduce__": lambda self: (1, ())})()))
show("buffer_cb", lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
show("constants", lambda: (pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL))
show("bad str quotes", lambda: pickle.loads(b"S'abc\n."))
show("py2 string", lambda: pickle.loads(b"S'a\\nb'\np0\n."))
show("py2 binstring", lambda: pickle.loads(b"U\x03abcq\x00.", encoding="bytes"))
show("py2 long", lambda: pickle.loads(b"L12345678901234567890L\n."))
show("py2 classes", lambda: pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\ntR."))

class Db:
    pass

records = {"a": "rec-a", "b": "rec-b"}

class PPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("rec-"):
            return obj[4:]
        return None

class PUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return records[pid]

for proto in (0, 2, 4):
    f = io.BytesIO()
    PPickler(f, proto).dump(["rec-a", "x", "rec-b"])
    print(proto, f.getvalue())
    f.seek(0)
    print(PUnpickler(f).load())

class Point:
    def __init__(self, x):
        self.x = x

def reduce_point(p):
    return (Point, (p.x * 10,))

class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}

f = io.BytesIO()
TablePickler(f, 3).dump(Point(2))
print(f.getvalue(), pickle.loads(f.getvalue()).x)

class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ("was Point",))
        return NotImplemented

f = io.BytesIO()
OverridePickler(f, 4).dump([Point, 1])
print(f.getvalue(), pickle.loads(f.getvalue()))

class Temp:
    def __init__(self, c):
        self.c = c

copyreg.pickle(Temp, lambda t: (Temp, (t.c + 1,)))
print(pickle.dumps(Temp(1), 2), pickle.loads(pickle.dumps(Temp(1))).c)
import copy
print(copy.copy(Temp(5)).c)

copyreg.add_extension("__main__", "Point", 240)
print(pickle.dumps(Point, 2), pickle.loads(pickle.dumps(Point, 2)) is Point)
copyreg.remove_extension("__main__", "Point", 240)

f = io.BytesIO()
pickle.dump({"k": 1}, f, 1)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
show("eof", lambda: pickle.load(f))
big = "y" * 70000
data = pickle.dumps([big, "z" * 10, b"q" * 70000], 4)
print(len(data), data[:20], data[70010:70040], pickle.loads(data)[1])
many = [str(i) * 50 for i in range(3000)]
data = pickle.dumps(many, 5)
import zlib
print(len(data), zlib.crc32(data), pickle.loads(data) == many)
