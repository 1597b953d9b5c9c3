# A TextIOWrapper whose buffer detach() took: its methods and most attributes raise ValueError, as
# textio.c's CHECK_ATTACHED does, and the encoding stays readable.
import io

text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
text.write("kept")
raw = text.detach()
print(raw.getvalue(), repr(text.buffer), text.encoding, text.errors, text.line_buffering)
for attribute in ("closed", "name", "newlines"):
    try:
        print(attribute, getattr(text, attribute))
    except ValueError as e:
        print(attribute, "ValueError:", e)
for method in ("read", "readline", "flush", "close", "tell", "readable", "writable", "seekable", "fileno",
               "detach"):
    try:
        print(method, getattr(text, method)())
    except ValueError as e:
        print(method, "ValueError:", e)
try:
    text.write("x")
except ValueError as e:
    print("write ValueError:", e)
print(repr(text))
