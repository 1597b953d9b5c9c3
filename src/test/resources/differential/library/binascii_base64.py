# binascii and base64: hex with separators, base64 both ways (strict and lenient), crc32, the
# URL-safe and Base16 variants, and binascii.Error's messages.
import base64
import binascii

data = bytes(range(0, 256, 7))
print(binascii.hexlify(data), binascii.b2a_hex(b"\x01\x02\x03\x04\x05", "-", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", -2))
print(binascii.hexlify(b"abc", "."), binascii.hexlify(b"", "."), binascii.hexlify(bytearray(b"\xff\x00"), " ", 1), binascii.hexlify(b"abcd", "_", 4))
print(binascii.unhexlify(b"deadBEEF"), binascii.a2b_hex("0102"), binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.b2a_base64(b"hello world"), binascii.b2a_base64(b"hi", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8gd29ybGQ=\n"), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aG!!V s\nbG8="))
print(binascii.a2b_base64(b"aGk=trailing"), binascii.a2b_base64(b"aGVsbG8===="), binascii.a2b_base64(b""))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(data, 12345))

print(base64.b64encode(data), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64encode(b"xyz"))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b64decode("aGVsbG8="), base64.b64decode(b"-_8=", altchars="-_"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.urlsafe_b64decode(b"+//+"))
print(base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"), base64.b16decode(b"01ab", casefold=True))
print(base64.encodebytes(data * 3), base64.decodebytes(base64.encodebytes(data * 3)) == data * 3)
print(base64.b64decode(b"aGk=", validate=True), base64.standard_b64decode(b"eHl6"))


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


attempt("odd", binascii.unhexlify, b"abc")
attempt("nonhex", binascii.unhexlify, b"zz")
attempt("unicode", binascii.unhexlify, "\u00e9e")
attempt("unhex int", binascii.unhexlify, 5)
attempt("hex str", binascii.hexlify, "abc")
attempt("sep long", binascii.hexlify, b"abc", "--")
attempt("padding", binascii.a2b_base64, b"aGk")
attempt("one more", binascii.a2b_base64, b"aGVsb")
attempt("strict lead", binascii.a2b_base64, b"=aGk=", strict_mode=True)
attempt("strict junk", binascii.a2b_base64, b"aG!k", strict_mode=True)
attempt("strict excess", binascii.a2b_base64, b"aGk=a", strict_mode=True)
attempt("strict disc", binascii.a2b_base64, b"aG=k", strict_mode=True)
attempt("b64 str", base64.b64encode, "text")
attempt("b64decode int", base64.b64decode, 5)
attempt("b64decode nonascii", base64.b64decode, "\u00e9")
attempt("validate", base64.b64decode, b"aG!k", validate=True)
attempt("b16 lower", base64.b16decode, b"ab")
attempt("encodebytes str", base64.encodebytes, "x")
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
attempt("sep int", binascii.hexlify, b"ab", 1)
attempt("unhexlify none", binascii.unhexlify)
attempt("crc keyword", binascii.crc32, data=b"")
