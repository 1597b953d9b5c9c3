# int and bool: methods, attributes, constructor, and the special methods as slot wrappers
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for n in [0, 1, -1, 7, 255, -256, 2**31, 2**63, -2**63 - 1, 10**30, True, False]:
    show("bit_length %r" % n, n.bit_length)
    show("bit_count %r" % n, n.bit_count)
    show("ratio %r" % n, n.as_integer_ratio)
    show("attrs %r" % n, lambda: (n.real, n.imag, n.numerator, n.denominator, n.conjugate()))
    show("trunc floor ceil %r" % n, lambda: (n.__trunc__(), n.__floor__(), n.__ceil__()))
    show("round %r" % n, lambda: (round(n), round(n, 2), round(n, -1), round(n, -2), n.__round__(-1)))
    show("newargs %r" % n, n.__getnewargs__)
    show("sizeof %r" % n, n.__sizeof__)
for n, length, order, signed in [(5, 2, "big", False), (5, 2, "little", False), (-5, 2, "big", True), (255, 1, "big", False),
                                 (256, 1, "big", False), (-1, 1, "big", False), (-129, 1, "big", True), (0, 0, "big", False),
                                 (1, -1, "big", False), (65535, 2, "middle", False)]:
    show("to_bytes %r" % ((n, length, order, signed),), lambda: n.to_bytes(length, order, signed=signed))
show("to_bytes defaults", lambda: (1).to_bytes())
show("to_bytes kw", lambda: (258).to_bytes(length=2, byteorder="little"))
show("to_bytes 3 pos", lambda: (1).to_bytes(1, "big", False))
show("from_bytes", lambda: int.from_bytes(b"\x01\x02"))
show("from_bytes little", lambda: int.from_bytes(b"\x01\x02", "little"))
show("from_bytes signed", lambda: int.from_bytes(b"\xff\xfe", "big", signed=True))
show("from_bytes list", lambda: int.from_bytes([1, 0], "big"))
show("from_bytes bool", lambda: bool.from_bytes(b"\x01", "big"))
show("from_bytes int", lambda: int.from_bytes(5, "big"))
show("from_bytes none", lambda: int.from_bytes())
show("int()", lambda: int())
for args in [("42",), (" -42 ",), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("z", 36), ("1_000",), ("0b101", 0),
             ("010", 0), ("00", 0), ("010",), ("12", 1), ("", ), ("abc",), ("1.5",), (b"12",), (bytearray(b"7"),),
             (3.9,), (-3.9,), (1e20,), (float("inf"),), (float("nan"),), (True,), ([],), (None,), (12, 10), ("٣",),
             ("12", 10.0)]:
    show("int%r" % (args,), lambda: int(*args))
show("int base kw", lambda: int("10", base=2))
show("int missing", lambda: int(base=2))
show("int bad kw", lambda: int(y=1))
show("int too many", lambda: int(1, 2, 3))

class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class BadInt:
    def __int__(self):
        return "x"
for o in [WithInt(), WithIndex(), BadInt()]:
    show("int(%s)" % type(o).__name__, lambda: int(o))
show("bin hex oct", lambda: (bin(WithIndex()), hex(255), oct(-8)))
show("bool()", lambda: (bool(), bool(0), bool(2), bool(""), bool([0]), bool(None)))
show("bool two", lambda: bool(1, 2))
show("bool kw", lambda: bool(x=1))
show("bool ops", lambda: (True & True, True | False, True ^ True, True & 1, ~True, -True, +True, abs(False), True + True, True * 2.5))
show("bool repr", lambda: (repr(True), str(False), int.__repr__(True), bool.__repr__(False)))
show("bool wrong repr", lambda: bool.__repr__(1))
show("slot add", lambda: (int.__add__(1, 2), (1).__add__(2.0), (1).__radd__(2), (5).__rsub__(2), int.__mul__(3, 4)))
show("slot cmp", lambda: ((1).__eq__(1), (1).__eq__(1.0), (1).__lt__(2), (1).__ne__("a"), int.__ge__(2, True)))
show("slot misc", lambda: ((7).__divmod__(2), (7).__rdivmod__(20), (2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3)))
show("slot unary", lambda: ((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__()))
show("slot conv", lambda: ((5).__int__(), (5).__float__(), (5).__index__(), True.__index__(), int.__int__(True)))
show("slot shifts", lambda: ((1).__lshift__(10), (1024).__rshift__(3), (6).__and__(3), (6).__or__(3), (6).__xor__(3)))
show("slot div", lambda: ((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-3), (7).__rtruediv__(14)))
show("slot bad self", lambda: int.__add__(1.0, 2))
show("slot no self", lambda: int.__add__())
show("slot arity", lambda: (1).__add__(1, 2))
show("slot kw", lambda: (1).__add__(other=1))
show("pow 3", lambda: (2).__pow__(3, 4, 5))
show("method bad self", lambda: int.bit_length("x"))
show("method args", lambda: (1).bit_length(1))
show("hash", lambda: (hash(1), hash(-1), hash(2**61), hash(2**61 - 1), hash(10**30), hash(True)))
show("format", lambda: (int.__format__(255, "x"), (3).__format__(""), (3).__format__("05")))
show("format bad", lambda: (3).__format__(5))
