# The static maketrans methods refuse keywords with their type's name (Argument Clinic), and
# bytes.translate's table is positional-only.
def attempt(call):
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: str.maketrans(x="a"))
attempt(lambda: "".maketrans("a", "b", z="c"))
attempt(lambda: bytes.maketrans(frm=b"a", to=b"b"))
attempt(lambda: bytearray.maketrans(b"a"))
attempt(lambda: bytearray.maketrans(b"a", b"b", x=1))
attempt(lambda: b"abc".translate())
attempt(lambda: b"abc".translate(table=None))
attempt(lambda: bytearray(b"abc").translate(None, delete=b"b"))
attempt(lambda: b"abc".translate(None, b"b", b"c"))
