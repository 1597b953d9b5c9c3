# Types CPython writes in C are named with their module in messages and method reprs (tp_name
# "re.Pattern", "_struct.Struct"...), while __name__ is the bare name.
import re, zlib, struct, socket, _queue, io
objs = [re.compile("a"), re.match("a", "a"), zlib.compressobj(), zlib.decompressobj(), struct.Struct("i"),
        socket.socket(), _queue.SimpleQueue()]
for o in objs:
    try:
        o.nope
    except AttributeError as e:
        print(e)
    print(repr(type(o)), type(o).__name__, type(o).__module__)
objs[5].close()
for t in (_queue.SimpleQueue.put, struct.Struct.pack, re.Pattern.match, io.FileIO.read):
    print(repr(t))
try:
    len(zlib.compressobj())
except TypeError as e:
    print(e)
try:
    struct.Struct.pack(1)
except TypeError as e:
    print(e)
