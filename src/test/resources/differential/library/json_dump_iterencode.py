# json.dump writes what the encoder's iterencode yields, so an encoder class overriding iterencode
# (but not encode) decides what dump writes, while dumps goes through encode; and dump's arguments.
import io
import json


class Marked(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"

    def encode(self, o):
        return "ENCODE"


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


f = io.StringIO()
json.dump({"a": [1, 2], "b": "x"}, f, cls=Marked)
print(f.getvalue(), json.dumps({"a": 1}, cls=Marked))
f = io.StringIO()
json.dump(["abc", {"k": True}], f, cls=Upper, indent=2, sort_keys=True)
print(f.getvalue())


class Chunks:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


w = Chunks()
json.dump([1, {"b": None, "a": 1.5}], w, indent=1, sort_keys=True)
print(w.chunks)
w = Chunks()
json.dump({"x": [1, 2]}, w, separators=(",", ":"))
print(w.chunks)
for call in (lambda: json.dump(1, io.StringIO(), True), lambda: json.dump(1, io.StringIO(), foo=1),
             lambda: json.dump(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
