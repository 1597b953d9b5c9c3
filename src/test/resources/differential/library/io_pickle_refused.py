# pickle, copy and deepcopy refuse an open file at every layer of _io, naming the layer (and a
# program's subclass by its bare name); in-memory streams pickle with their contents.
import pickle, io, copy
objs = [open("/dev/null"), open("/dev/null", "rb"), open("/dev/null", "rb", buffering=0), open("/dev/null", "w"), open("/dev/null", "wb"), open("/dev/null", "r+b")]
for o in objs:
    for fn in (pickle.dumps, copy.copy, copy.deepcopy):
        try:
            fn(o)
            print("ok", type(o).__name__, fn.__name__)
        except TypeError as e:
            print(type(o).__name__, fn.__name__, e)
class Sub(io.TextIOWrapper):
    pass
try:
    pickle.dumps(Sub(io.BytesIO()))
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps(io.BytesIO(b"ab"))).getvalue(), pickle.loads(pickle.dumps(io.StringIO("cd"))).getvalue())
