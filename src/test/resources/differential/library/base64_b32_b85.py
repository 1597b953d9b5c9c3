# base64's Base32 (standard and extended hex), Base85 and Ascii85: every partial last group, padding
# and folding options, line wrapping with Adobe framing, round trips, and each decoder's errors with
# the traceback lines they show.
import base64
import traceback


def attempt(f, *args, frames=True, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, type(e).__name__, e)
        if frames:
            for frame in traceback.extract_tb(e.__traceback__)[1:]:
                print("   ", frame.name, "|", frame.line)


data = bytes((i * 37 + 11) % 256 for i in range(64))
for n in range(12):
    attempt(base64.b32encode, data[:n])
    attempt(base64.b32hexencode, bytes(range(250, 250 - n, -1)))
for n in range(0, 64, 3):
    for encode, decode in ((base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                           (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)):
        assert decode(encode(data[:n])) == data[:n], (encode.__name__, n)
        assert decode(encode(data[:n]).decode()) == data[:n], (encode.__name__, n)
print(base64.b32encode(bytearray(b"ab")), base64.b85encode(bytearray(b"ab")), base64.a85encode(bytearray(b"ab")))
for bad in ("x", 5):
    for encode in (base64.b32encode, base64.b32hexencode, base64.b85encode, base64.a85encode):
        attempt(encode, bad, frames=False)

for text, kwargs in ((b"MFRGG===", {}), (b"mfrgg===", {"casefold": True}), (b"mfrgg===", {}), (b"MFRGG==", {}),
                     (b"MFRGG=A=", {}), (b"M1RGG===", {"map01": b"L"}), (b"M0RGG===", {"map01": "I"}),
                     (b"M1RGG===", {}), (b"MA======", {}), (b"MFA=====", {}), (b"MFRA====", {}), (b"========", {}),
                     (b"", {}), ("MFRGGZDF", {}), (b"MFRGGZD=", {}), (b"MFRGGZ==", {}), (b"MFRGG8==", {}), (5, {}),
                     (b"MFRGG===", {"map01": b"LL"}), (b"MF======", {}), (b"MFRG====", {}), (b"MFRGG===" * 2, {}),
                     (b"AB=CDEFG", {}), (b"MFRGG===", {"map01": 1})):
    attempt(base64.b32decode, text, **kwargs)
for text, kwargs in ((b"C5H66===", {}), (b"c5h66===", {"casefold": True}), (b"C5H6W===", {}), (b"C5H66==", {})):
    attempt(base64.b32hexdecode, text, **kwargs)

sample = b"\x00\x00\x00\x00 hello  \xff\xff\xff\xff    world\x00"
for n in (0, 1, 2, 3, 4, 5, 8, 9, len(sample)):
    attempt(base64.a85encode, sample[:n])
    attempt(base64.a85encode, sample[:n], pad=True)
    attempt(base64.b85encode, sample[:n])
    attempt(base64.b85encode, sample[:n], pad=True)
attempt(base64.a85encode, b"    ", foldspaces=True)
attempt(base64.a85encode, b"   ", foldspaces=True, pad=True)
attempt(base64.a85encode, sample, foldspaces=True)
for wrapcol in (0, 1, 2, 3, 7, 10, 100):
    attempt(base64.a85encode, sample, wrapcol=wrapcol)
    attempt(base64.a85encode, sample, wrapcol=wrapcol, adobe=True)
    attempt(base64.a85encode, b"", wrapcol=wrapcol, adobe=True)
encoded = base64.a85encode(sample)
for text, kwargs in ((encoded, {}), (encoded.decode(), {}), (b"<~" + encoded + b"~>", {"adobe": True}),
                     (encoded + b"~>", {"adobe": True}), (encoded, {"adobe": True}), (b"z", {}), (b"y", {"foldspaces": True}),
                     (b"y", {}), (b"az", {}), (b"abyz", {"foldspaces": True}), (b's8W-"', {}), (b"s8W-!", {}),
                     (b"uuuuu", {}), (b"s8W-!u", {}), (b"a b\tc\nd\re\x0b", {}), (b"ab c", {"ignorechars": b""}),
                     (b"ab", {"ignorechars": b"a"}), (b"ab~", {}), (b"a", {}), (b"ab", {}), (b"<~ab~>", {}), (b"v", {}),
                     (b"z!!!!", {}), (b"!!!!z", {}), (b"!!z!!", {}), (5, {}), (b"ab~>", {"adobe": True}),
                     (b"<~ab~>x", {"adobe": True}), (b"<~ab~> ", {"adobe": True}), (b"", {}), (b"!!!!!!", {}),
                     (b"ab", {"adobe": True, "foldspaces": True}), (b"<~~>", {"adobe": True}), (b"~>", {"adobe": True})):
    attempt(base64.a85decode, text, **kwargs)
encoded = base64.b85encode(sample)
for text in (encoded, encoded.decode(), b"a", b"ab", b'ab "', b"~~~~~", b"|NsC0~~~~~", b"|NsC0|NsC0", b"{{{{{", b"|Nsc1",
             5, b"ab\n", b"", b"0" * 7, "\u00e9"):
    attempt(base64.b85decode, text)
