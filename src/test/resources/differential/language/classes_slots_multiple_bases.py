# Instance lay-outs of classes with __slots__ under multiple inheritance (typeobject.c best_base): bases
# that share a lay-out combine, bases that each add slots (or add them beside a built-in) conflict.
def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", [c.__name__ for c in cls.__mro__])
        return cls
    except TypeError as e:
        print(label, "TypeError:", e)

class A: __slots__ = ('x',)
class B(A): pass
class C(A): pass
D = attempt("D(B, C)", lambda: type("D", (B, C), {}))
d = D(); d.x = 1; d.w = 2; print(d.x, d.w, D.x is A.x)
class E(A): __slots__ = ('y',)
F = attempt("F(E, B)", lambda: type("F", (E, B), {}))
f = F(); f.x, f.y = 1, 2; print(f.x, f.y)
attempt("F2(B, E)", lambda: type("F2", (B, E), {}))
f2 = attempt("F3(B, E) slots", lambda: type("F3", (B, E), {'__slots__': ('z',)}))()
f2.x, f2.y, f2.z = 1, 2, 3; print(f2.x, f2.y, f2.z)
class E2(A): __slots__ = ('z',)
attempt("G(E, E2)", lambda: type("G", (E, E2), {}))
class H: __slots__ = ('h',)
attempt("I(A, H)", lambda: type("I", (A, H), {}))
class J: __slots__ = ()
attempt("K(A, J)", lambda: type("K", (A, J), {}))
class L: __slots__ = ('__dict__',)
attempt("M(A, L)", lambda: type("M", (A, L), {}))
class N(B): __slots__ = ('n',)
attempt("O(N, C)", lambda: type("O", (N, C), {}))
attempt("P(C, N)", lambda: type("P", (C, N), {}))
attempt("Q(N, E)", lambda: type("Q", (N, E), {}))
class W: __slots__ = ('__weakref__',)
attempt("R(A, W)", lambda: type("R", (A, W), {}))
class S(B): __slots__ = ()
attempt("T(S, C)", lambda: type("T", (S, C), {}))
attempt("U(B, int)", lambda: type("U", (B, int), {}))
attempt("V(C, Exception)", lambda: type("V", (C, Exception), {}))
class Plain: pass
attempt("X(Plain, A)", lambda: type("X", (Plain, A), {}))

class DD(B, C): pass
d = DD()
d.__class__ = B
print(type(d).__name__)
try:
    d.__class__ = A
except TypeError as e: print(e)
class E1(Exception): __slots__ = ('a',)
e = E1('m'); e.a = 1; print(e.a, e.args)
class L1(list): pass
class L2(list): pass
try:
    class L3(L1, L2): pass
    print('L3 ok')
except TypeError as e: print(e)
try:
    class M(L1, dict): pass
except TypeError as e: print(e)
class P1(property): pass
class C1(classmethod): pass
try:
    class PC(P1, C1): pass
except TypeError as e: print(e)
class EA(Exception): pass
class EB(Exception): pass
class EC(EA, EB): pass
print(EC.__mro__[1].__name__)
try:
    class EL(EA, list): pass
except TypeError as e: print(e)
