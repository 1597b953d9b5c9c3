# read() and readline() sizes: None or an integer (anything with __index__), else CPython's TypeError
# "argument should be integer or None" (a BufferedReader over a BytesIO reads all without readall());
# and UTF-8 decoding with surrogatepass reads encoded surrogates.
import io


class Three:
    def __index__(self):
        return 3


streams = {"BytesIO": lambda: io.BytesIO(b"abcdef\nxyz"), "StringIO": lambda: io.StringIO("abcdef\nxyz"),
           "BufferedReader": lambda: io.BufferedReader(io.BytesIO(b"abcdef\nxyz")),
           "TextIOWrapper": lambda: io.TextIOWrapper(io.BytesIO(b"abcdef\nxyz"), encoding="utf-8")}
for name, make in streams.items():
    for method in ("read", "readline"):
        for size in (None, 2, Three(), "1", 1.5):
            if name == "TextIOWrapper" and method == "readline":
                continue  # an index, not None: another message
            try:
                print(name, method, repr(getattr(make(), method)(size)))
            except TypeError as e:
                print(name, method, "TypeError:", e)

print(repr(b"\xed\xa0\x80 \xed\xbf\xbf".decode("utf-8", "surrogatepass")))
print("\ud800x".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == "\ud800x")
try:
    b"\xed\xa0".decode("utf-8", "surrogatepass")
except UnicodeDecodeError as e:
    print(e)
