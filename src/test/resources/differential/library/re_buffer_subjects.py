# re searches any buffer (bytearray, memoryview, mmap), giving bytes; sub gives an exact str or bytes.
import mmap, os, re, tempfile
fd, path = tempfile.mkstemp()
os.write(fd, b"alpha 12\nbeta 345\n")
os.close(fd)
with open(path, "r+b") as f, mmap.mmap(f.fileno(), 0) as mm:
    print(re.findall(rb"(\w+) (\d+)", mm), re.search(rb"beta", mm).span(), re.sub(rb"\d", b"#", mm))
os.unlink(path)
print(re.split(rb"\s", memoryview(b"a b")), re.findall(rb".", memoryview(b"xy")[::-1] if False else b"xy"))
import re
class S(str): pass
print(repr(re.sub(rb"z", b"", bytearray(b"a"))), repr(re.sub("z", "", S("a"))), type(re.sub("z", "", S("a"))).__name__, repr(re.split(rb"z", bytearray(b"a"))), type(re.match("a", S("ab")).group()).__name__, type(re.subn("z", "", S("a"))[0]).__name__)
