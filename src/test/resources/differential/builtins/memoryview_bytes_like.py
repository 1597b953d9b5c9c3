# A bytearray with a live memoryview cannot change size (BufferError), though it can change in place,
# and can again once every view is released or gone; and memoryview is accepted wherever bytes and
# bytearray take a bytes-like object.


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


ba = bytearray(b"abc")
m = memoryview(ba)
for label, f in [("append", lambda: ba.append(1)), ("extend empty", lambda: ba.extend(b"")), ("extend", lambda: ba.extend(b"x")),
                 ("pop", lambda: ba.pop()), ("clear", lambda: ba.clear()), ("reverse", lambda: ba.reverse()),
                 ("grow slice", lambda: ba.__setitem__(slice(0, 1), b"zz")), ("same slice", lambda: ba.__setitem__(slice(0, 1), b"z")),
                 ("shrink slice", lambda: ba.__setitem__(slice(0, 2), b"")), ("del item", lambda: ba.__delitem__(0)),
                 ("del empty slice", lambda: ba.__delitem__(slice(1, 1))), ("iadd", lambda: ba.__iadd__(b"x")),
                 ("iadd empty", lambda: ba.__iadd__(b"")), ("imul", lambda: ba.__imul__(2)), ("imul 1", lambda: ba.__imul__(1)),
                 ("insert", lambda: ba.insert(0, 1)), ("remove", lambda: ba.remove(ord("b"))), ("item", lambda: ba.__setitem__(0, 65))]:
    attempt(label, f)
print(ba, m.tobytes())
second = m[1:]
m.release()
attempt("append with a slice of it alive", lambda: ba.append(1))
del second
ba.append(ord("!"))
print(ba)
with memoryview(ba) as view:
    attempt("append in with", lambda: ba.append(1))
ba.append(ord("?"))
print(ba)
views = [memoryview(ba) for _ in range(3)]
views.pop().release()
attempt("append with two views", lambda: ba.extend(b"xy"))
views.clear()
ba.extend(b"xy")
print(ba)

# memoryview wherever bytes-like objects are taken
v = memoryview(b"hello world")
print(bytes(v), bytearray(v), bytes(v[::2]), b"<" + v[:5] + b">", bytearray(b"[") + v[6:], b"%s|%b" % (v[:2], v[2:4]))
print(b"hello world".find(v[6:]), b"hello".startswith(v[:2]), b"hello".endswith((b"x", v[3:5])), b"hello".count(v[2:3]))
print(b", ".join([v[:5], b"and", bytearray(b"more"), v[6:]]), bytearray(b"-").join([v[:1], v[1:2]]))
print(b"a b c".split(memoryview(b" ")), b"hello".replace(memoryview(b"l"), memoryview(b"L")))
print(b"xxhixx".strip(memoryview(b"x")), b"hello".removeprefix(memoryview(b"he")), b"hello".index(memoryview(b"ll")))
print(v[:5] in b"say hello", b"hello" in [v[:5]], v[:5] in [b"hello"], v == b"hello world", b"hello world" == v)
grow = bytearray(b"ab")
grow += memoryview(b"cd")
grow.extend(memoryview(b"ef"))
grow[0:2] = memoryview(b"AB")
grow[::2] = memoryview(b"123")
print(grow, int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(v[:2], "little"))
print(bytes.fromhex(v[:4].hex()), b"abc".translate(None, memoryview(b"b")), bytes.maketrans(memoryview(b"ab"), b"AB")[97:99])
attempt("join released", lambda: (lambda r: (r.release(), b"".join([r]))[1])(memoryview(b"x")))
attempt("bytes released", lambda: (lambda r: (r.release(), bytes(r))[1])(memoryview(b"x")))
attempt("add released", lambda: (lambda r: (r.release(), b"a" + r)[1])(memoryview(b"x")))

released = memoryview(b"gone")
released.release()

# a strided view: copied where CPython copies (bytes(), bytearray(), slice assignment, %b, ==,
# int.from_bytes), refused where it needs the bytes side by side
s = memoryview(b"abcdef")[::2]
ba = bytearray(b"xyz")
for label, f in [("bytes", lambda: bytes(s)), ("bytearray", lambda: bytearray(s)), ("concat", lambda: b"x" + s),
                 ("bytearray concat", lambda: bytearray(b"x") + s), ("iadd", lambda: ba.__iadd__(s)), ("extend", lambda: ba.extend(s)),
                 ("setslice", lambda: ba.__setitem__(slice(0, 1), s)), ("join", lambda: b"".join([s])), ("find", lambda: b"ace".find(s)),
                 ("startswith", lambda: b"ace".startswith(s)), ("in", lambda: s in b"ace"), ("eq", lambda: s == b"ace"),
                 ("percent", lambda: b"%b" % s), ("from_bytes", lambda: int.from_bytes(s, "big")),
                 ("view setslice", lambda: memoryview(bytearray(3)).__setitem__(slice(None), s)), ("split", lambda: b"a c e".split(s)),
                 ("replace", lambda: b"ace".replace(s, b"")), ("count", lambda: b"ace".count(s)), ("strip", lambda: b"ace".strip(s)),
                 ("translate", lambda: b"ace".translate(None, s)), ("released iadd", lambda: ba.__iadd__(released)),
                 ("released extend", lambda: ba.extend(released))]:
    attempt(label, f)
print(ba)
