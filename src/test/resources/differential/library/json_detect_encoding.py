# json.loads of bytes finds the document's encoding as CPython's json.detect_encoding does: a byte order
# mark, else where the zero bytes of its first ASCII characters are.
import json

document = {"name": "Zo\xeb", "city": "Z\xfcrich", "n": [1, 2]}
text = json.dumps(document, ensure_ascii=False)
for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = text.encode(encoding)
    print(encoding, json.detect_encoding(data), json.loads(data) == document)
print(json.detect_encoding(b"1"), json.detect_encoding(b"\x001"), json.detect_encoding(b"1\x00"))
print(json.loads(b"\x001"), json.loads(b"1\x00"))
try:
    json.loads(b"\xff\xfe{")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
