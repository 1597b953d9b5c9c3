# Text files in encodings with state: UTF-16 and utf-8-sig write their byte order mark once per file (not
# per write), appending writes none, seek(0) starts again; reading decodes chunk by chunk; a codec
# registered with codecs.register serves open() too, and a bytes-to-bytes codec is refused.
import codecs
import io
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "notes.txt")

for encoding in ("utf-16", "utf-16-le", "utf-8-sig", "utf-32", "cp1252", "iso8859-15"):
    with open(path, "w", encoding=encoding) as f:
        f.write("caf\xe9 ")
        f.write("na\xefve\n")
        print(encoding, "tell after writes:", f.tell())
    with open(path, "a", encoding=encoding) as f:
        f.write("more\n")
    with open(path, "rb") as f:
        print(encoding, f.read())
    with open(path, encoding=encoding) as f:
        print(encoding, f.readlines())

# a long UTF-16 file read line by line, its characters split across the 8 KiB chunks
with open(path, "w", encoding="utf-16") as f:
    for i in range(3000):
        f.write("line %d \u20ac\U0001f600\n" % i)
with open(path, encoding="utf-16") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[1234], lines[-1], end="")

# seek(0) in a read-write file: the mark is written again
with open(path, "w+", encoding="utf-16") as f:
    f.write("first")
    f.seek(0)
    f.write("again")
    f.seek(0)
    print(repr(f.read()))
print(open(path, "rb").read())

# a TextIOWrapper over BytesIO
raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="\r\n")
text.write("one\ntwo\n")
text.flush()
print(raw.getvalue())
text.seek(0)
print(text.read().splitlines())


# a codec of one's own
def search(name):
    if name == "shout":
        class Encoder(codecs.IncrementalEncoder):
            def encode(self, text, final=False):
                return text.upper().encode("ascii")

        class Decoder(codecs.IncrementalDecoder):
            def decode(self, data, final=False):
                return bytes(data).decode("ascii").lower()

        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
                                incrementalencoder=Encoder, incrementaldecoder=Decoder, name="shout")
    return None


codecs.register(search)
with open(path, "w", encoding="shout") as f:
    f.write("Quiet words\n")
print(open(path, "rb").read(), repr(open(path, encoding="shout").read()))

for bad in ("hex", "no-such-encoding"):
    try:
        open(path, encoding=bad)
    except LookupError as e:
        print(type(e).__name__, e)
