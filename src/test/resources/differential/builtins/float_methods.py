# float: methods, attributes, constructor, repr, rounding, and the special methods as slot wrappers
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

values = [0.0, -0.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 1e16, 1e-7, 123456.789, 1e300, 5e-324, 1/3, 2/3,
          float("inf"), float("-inf"), float("nan"), 100.0, 0.30000000000000004]
for v in values:
    show("repr", lambda: (repr(v), str(v)))
    show("is_integer", v.is_integer)
    show("ratio", v.as_integer_ratio)
    show("hex", v.hex)
    show("round", lambda: round(v))
    show("round 2", lambda: (round(v, 2), round(v, 0), round(v, -1), round(v, -2), v.__round__(None)))
    show("trunc floor ceil", lambda: (v.__trunc__(), v.__floor__(), v.__ceil__(), int(v)))
    show("attrs", lambda: (v.real, v.imag, v.conjugate(), v.__getnewargs__()))
    show("hash", lambda: hash(v) if v == v else "nan")
for text in ["0x1.8p1", "  -0X1.8P+1  ", "inf", "-Infinity", "nan", "1", "ff", "0x.8", "0x1p1024", "0x1p-1074",
             "1.", "x", "", "0x1.fffffffffffffp+1023", "0x1g"]:
    show("fromhex %r" % text, lambda: float.fromhex(text))
show("fromhex int", lambda: float.fromhex(1))
show("getformat", lambda: (float.__getformat__("double"), float.__getformat__("float")))
show("getformat bad", lambda: float.__getformat__("x"))
for args in [(), ("1.5",), ("  1_000.5 ",), ("1e5",), ("-iNF",), ("nan",), ("infinity",), ("abc",), ("",), ("1__0",),
             ("1.5e",), ("0x10",), (b"2.5",), (True,), (10**400,), ("1e400",), ([],), (None,), ("٣.٥",), (1, 2)]:
    show("float%r" % (args,), lambda: float(*args))
show("float kw", lambda: float(x=1))

class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return 1
for o in [WithFloat(), WithIndex(), BadFloat()]:
    show("float(%s)" % type(o).__name__, lambda: float(o))
show("round big", lambda: ((1e300).__round__(-301), (-1e300).__round__(-301), (1.5).__round__(400), (1.23456).__round__(3)))
show("round overflow", lambda: (1.7976931348623157e308).__round__(-308))
show("round nan", lambda: round(float("nan")))
show("round inf", lambda: round(float("inf")))
show("round bad", lambda: round(1.5, "a"))
show("slots", lambda: (float.__add__(1.0, 2), (1.5).__radd__(1), (1.5).__eq__(1.5), (1.0).__eq__(1), (1.5).__lt__("a")))
show("slot divmod", lambda: ((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(0.5), (2.0).__rpow__(3)))
show("slot pow3", lambda: (2.0).__pow__(2, 3))
show("slot unary", lambda: ((1.5).__neg__(), (1.5).__pos__(), (-1.5).__abs__(), (0.0).__bool__(), (1.5).__int__(), (1.5).__float__()))
show("no index", lambda: (1.5).__index__())
show("no invert", lambda: ~1.5)
show("method bad self", lambda: float.hex(1))
show("div zero", lambda: 1.0 / 0)
show("mod zero", lambda: 1.0 % 0.0)
show("floordiv zero", lambda: 1.0 // 0.0)
show("pow", lambda: (0.0 ** 0, 2.0 ** -1, (-8.0) ** 2))
show("pow zero neg", lambda: 0.0 ** -1)
show("mixed", lambda: (1 + 1.5, 3 / 2, 3 // 2.0, -7 % 2.5, divmod(-7, 2.5), 2 ** 0.5))
show("compare", lambda: (1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1 < 1.5))
