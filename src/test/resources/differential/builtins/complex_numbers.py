# complex: literals, the constructor (numbers, strings, __complex__), arithmetic mixed with int and float,
# abs, conjugate, real/imag, repr's rules for signs and zeros, ==, hash, pow, formatting, and the errors
# CPython gives for what complex numbers do not support.
z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, -2j, 0j, -0j, 1j * 1j, complex(), complex(-0.0, 0), complex(0, -0.0), complex(1.5, 0))
print(repr(z), str(w), type(z).__name__, z.real, z.imag, w.conjugate(), abs(w), abs(-3j), abs(0j))
print(z + w, z - w, z * w, z / w, -z, +z, z + 1, 1 + z, z * 2, 2.5 * z, z / 2, 1 / z, z - 0.5, 3 - z)
print(z ** 2, z ** 0, z ** -1, 2 ** z, z ** 0.5, (1j) ** 1j, 0j ** 0, pow(w, 3), (-8 + 0j) ** (1 / 3))
print(z == complex(1, 2), z == 1, complex(2, 0) == 2, complex(2, 0) == 2.0, 2 == complex(2), z != w, 1j == "1j")
print(hash(1 + 2j), hash(-1j), hash(complex(3, 0)) == hash(3), hash(1.5 + 0j) == hash(1.5), hash(0j))
print({1 + 2j: "a", 3: "b"}[complex(1, 2)], {complex(3, 0): "three"}.get(3), len({1, 1 + 0j, 1.0}))
print(complex("1+2j"), complex(" (3-4J) "), complex("2j"), complex("-j"), complex("+j"), complex("1e3"),
      complex("1_0+2_0j"), complex("inf-nanj"), complex("-1.5e-3+.5j"), complex(1j, 2j), complex(1 + 1j, 2))
print(complex(True), complex(10 ** 20), complex(2.5), bool(0j), bool(1e-300j), bool(complex(0, 0.0)))


class Celsius:
    def __complex__(self):
        return 5 + 0j


class Half:
    def __float__(self):
        return 0.5


print(complex(Celsius()), complex(Half()), complex(Half(), Half()), sum([1j, 2, 3.5 - 1j]))
print(format(z), format(z, ".2f"), format(1.5 + 2j, ""), format(1 + 2j, "10"), format(z, "<12.1e"),
      f"{w:.3}", f"{2j:>8}", f"{w}", "%s %r" % (z, w))
zero = 0j
for expr in ["z // 2", "z % 2", "divmod(z, 2)", "z < w", "int(z)", "float(z)", "round(z)", "pow(z, 2, 3)",
             "0j ** -1", "1 / zero", "z / 0", "complex('x')", "complex('1+2j', 1)", "complex([])",
             "complex(1, 'a')", "complex('1+2')", "complex('j1')", "complex('')", "10 ** 400 * 1j",
             "complex(1, [])", "abs(complex(1e308, 1e308))", "z.real = 3"]:
    try:
        print(expr, "->", eval(expr) if expr != "z.real = 3" else exec(expr))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(expr, "=>", type(e).__name__, e)
print(isinstance(z, complex), complex.__name__, (1 + 2j).__getnewargs__(), 3j.imag, 0.5j.real)
