# A text stream that does not know its encoding, errors or newlines says None: StringIO, and a subclass of
# io.TextIOBase, inherit _io._TextIOBase's getters.
import io


class Upper(io.TextIOBase):
    def __init__(self, text):
        self.text = text

    def read(self, size=-1):
        text, self.text = self.text.upper(), ""
        return text


s = io.StringIO("abc")
print(s.encoding, s.errors, s.newlines)
u = Upper("shout")
print(u.encoding, u.errors, u.newlines, u.read(), repr(u.read()))
print(io.TextIOWrapper(io.BytesIO(), encoding="latin-1").encoding)
