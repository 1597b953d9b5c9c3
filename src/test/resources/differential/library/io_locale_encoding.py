# open() with the encoding "locale" (3.10) uses the locale's encoding, and io.text_encoding() says what a
# function given None for its encoding should pass on.
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "notes.txt")
with open(path, "w", encoding="locale") as f:
    f.write("caf\xe9\n")
    print(f.encoding)
with open(path, encoding="locale") as f:
    print(repr(f.read()), f.encoding)
print(io.text_encoding(None), io.text_encoding("latin-1"), "text_encoding" in io.__all__)
print(repr(io.TextIOWrapper(io.BytesIO(b"x"), encoding="locale").read()))
