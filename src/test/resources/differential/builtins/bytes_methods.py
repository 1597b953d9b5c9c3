# bytes and bytearray: construction, every method, indexing, operators, % formatting, errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for args in [(), (3,), (-1,), ("a",), ("é", "utf-8"), ([1, 2, 255],), ([1, 256],), ([1, "a"],), (1.5,), (b"x", "utf-8"),
             (None,), (range(3),), (bytearray(b"ab"),), ("x", "ascii", "strict")]:
    show("bytes%r" % (args,), lambda: bytes(*args))
    show("bytearray%r" % (args,), lambda: bytearray(*args))
show("bytes kw", lambda: bytes(x=1))
class WithBytes:
    def __bytes__(self):
        return b"custom"
show("__bytes__", lambda: bytes(WithBytes()))
b = b"hello world"
show("index", lambda: (b[0], b[-1], b[1:4], b[::-2], b[100:]))
show("index out", lambda: b[20])
show("find", lambda: (b.find(b"o"), b.find(111), b.rfind(b"o"), b.find(b"o", 5), b.find(b"zz"), b.index(b"w"), b.count(b"l"), b.count(108)))
show("find str", lambda: b.find("o"))
show("find big", lambda: b.find(300))
show("index missing", lambda: b.index(b"zz"))
show("rindex missing", lambda: b.rindex(b"zz"))
show("starts", lambda: (b.startswith(b"he"), b.startswith((b"x", b"hello")), b.endswith(b"ld", 0, 11), b.endswith(b"o", 0, 5)))
show("starts str", lambda: b.startswith("h"))
show("case", lambda: (b.upper(), b.title(), b.capitalize(), b"MiXeD \xe9".swapcase(), b"\xe9ab".upper(), b"ABC".lower()))
show("is", lambda: (b"abc".isalpha(), b"\xe9".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(),
                    b"abc".islower(), b"ABC".isupper(), b"Abc Def".istitle(), b"abc".isascii(), b"\x80".isascii()))
show("split", lambda: (b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b" a b ".split(None, 1),
                       b"a\x85b".split(), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"a\x0bb".splitlines()))
show("split str", lambda: b.split("o"))
show("split empty", lambda: b.split(b""))
show("partition", lambda: (b.partition(b" "), b.rpartition(b"o"), b.partition(b"zz")))
show("partition str", lambda: b.partition(" "))
show("strip", lambda: (b"  x  ".strip(), b"xxaxx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"\xa0x".strip()))
show("strip str", lambda: b.strip("h"))
show("replace", lambda: (b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"abc".replace(b"", b"-")))
show("replace str", lambda: b.replace("l", "L"))
show("justify", lambda: (b"hi".center(6, b"*"), b"hi".ljust(5, b"-"), b"hi".rjust(4), b"-5".zfill(4)))
show("center str fill", lambda: b"hi".center(6, "*"))
show("expandtabs", lambda: b"a\tbc\td".expandtabs(4))
show("join", lambda: (b",".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"x", b"y"])))
show("join str", lambda: b",".join(["a"]))
show("join int", lambda: b",".join(5))
show("hex", lambda: (b"abc".hex(), b"abc".hex(":"), b"abcd".hex(":", 2), b"abcde".hex("-", -2), b"ab".hex(b"|")))
show("hex bad sep", lambda: b"ab".hex("::"))
show("fromhex", lambda: (bytes.fromhex("61 62"), bytearray.fromhex("ff00"), bytes.fromhex("")))
show("fromhex bad", lambda: bytes.fromhex("6"))
show("fromhex bad char", lambda: bytes.fromhex("zz"))
show("translate", lambda: (b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b")))
show("translate short", lambda: b"abc".translate(b"x"))
show("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
show("removeprefix", lambda: (b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"abc".removeprefix(b"x")))
show("decode", lambda: (b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"),
                        b"a\xffb".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace"), b"\xff".decode(errors="surrogateescape")))
show("decode bad", lambda: b"\xff".decode())
show("decode truncated", lambda: b"\xf0\x9f\x98".decode())
show("decode continuation", lambda: b"\xc3\x28".decode())
show("decode ascii", lambda: b"a\xe9".decode("ascii"))
show("decode unknown", lambda: b"a".decode("nope"))
show("decode handler", lambda: b"\xff".decode("utf-8", "bogus"))
show("ops", lambda: (b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 2, 3 * b"x", b"a" < b"b",
                     b"a" == bytearray(b"a"), b"b" in b"abc", 98 in b"abc", b"" in b"x"))
show("concat str", lambda: b"a" + "b")
show("in str", lambda: "a" in b"abc")
show("in big", lambda: 300 in b"abc")
show("list", lambda: (list(b"ab"), list(bytearray(b"\x00\xff")), tuple(reversed(b"abc"))))
show("hash", lambda: (hash(b"") == 0, hash(b"abc") == hash("abc")))
show("hash bytearray", lambda: hash(bytearray()))
show("str", lambda: (str(b"ab"), repr(bytearray(b"a\x00'\"")), repr(b"\t\n\r\x7f\x80"), str(bytearray())))
show("percent", lambda: (b"%s-%d-%x" % (b"a", 5, 255), b"%5s|%-4d|" % (b"a", 3), b"%c%c" % (65, b"B"), b"%r" % b"x", b"%a" % "\xe9"))
show("percent str", lambda: b"%s" % "text")
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
ba[0] = 65
ba += b"!"
ba *= 2
del ba[::3]
show("bytearray mutations", lambda: ba)
show("bytearray methods", lambda: (ba.append(33), ba.extend([50, 51]), ba.insert(0, 48), ba.pop(), ba.pop(0), ba.remove(33), ba))
show("reverse copy clear", lambda: (ba.reverse(), ba, ba.copy(), ba.copy() is ba, ba.clear(), ba))
show("setitem big", lambda: ba.__setitem__(slice(0, 0), [256]))
show("setitem range", lambda: bytearray(b"a").__setitem__(0, 300))
show("setitem str", lambda: bytearray(b"a").__setitem__(0, "a"))
show("setitem slice int", lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5))
show("append big", lambda: ba.append(256))
show("extend int", lambda: ba.extend(5))
show("extend str", lambda: ba.extend("x"))
show("pop empty", lambda: bytearray().pop())
show("remove missing", lambda: bytearray(b"a").remove(98))
show("insert one", lambda: bytearray().insert(0))
show("bytes no append", lambda: b"x".append)
show("extras", lambda: (b"ab".__getnewargs__(), b"ab".__bytes__(), b"ab".__sizeof__(), bytearray(b"ab").__alloc__(),
                        bytearray(b"ab").__reduce__()))
show("bytes __bytes__ of bytearray", lambda: bytes.__bytes__(bytearray()))
show("encode", lambda: ("café".encode(), "é".encode("latin-1"), "x".encode("UTF8"), "é".encode("ascii", "replace"),
                        "é".encode("ascii", "xmlcharrefreplace"), "é😀".encode("ascii", "backslashreplace"), "é".encode("ascii", "ignore")))
show("encode error", lambda: "aéé".encode("ascii"))
show("encode error one", lambda: "a€".encode("latin-1"))
show("encode surrogate", lambda: "\ud800".encode())
show("encode surrogateescape", lambda: "\udcff".encode("utf-8", "surrogateescape"))
show("encode unknown", lambda: "a".encode("nope"))
show("encode kw", lambda: "é".encode(encoding="utf-8", errors="strict"))
show("encode bad", lambda: "a".encode(1))
show("str of bytes", lambda: (str(b"caf\xc3\xa9", "utf-8"), str(b"x", errors="strict"), str(b"\xe9", "latin-1")))
show("str decode str", lambda: str("x", "utf-8"))
