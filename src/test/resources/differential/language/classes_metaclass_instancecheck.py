# isinstance() and issubclass() with a metaclass's __instancecheck__ / __subclasscheck__: CPython asks
# it for everything but an instance of exactly the class (isinstance), including subclasses, tuple
# members and the class itself (issubclass); except clauses never ask it.
log = []


class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(("instancecheck", cls.__name__, type(obj).__name__))
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        log.append(("subclasscheck", cls.__name__, getattr(sub, "__name__", sub)))
        return super().__subclasscheck__(sub)


class A(metaclass=Meta):
    pass


class B(A):
    pass


class C:
    pass


def show(label, check):
    del log[:]
    try:
        result = check()
    except TypeError as e:
        result = "TypeError: " + str(e)
    print(label, result, log)


show("exact", lambda: isinstance(A(), A))
show("subclass", lambda: isinstance(B(), A))
show("unrelated", lambda: isinstance(C(), A))
show("int", lambda: isinstance(1, A))
show("tuple exact", lambda: isinstance(A(), (int, A)))
show("tuple subclass", lambda: isinstance(B(), (int, A)))
show("tuple first", lambda: isinstance(B(), (A, B)))
show("nested tuple", lambda: isinstance(B(), (int, (str, A))))
show("base of subclass", lambda: isinstance(A(), B))
show("issubclass self", lambda: issubclass(A, A))
show("issubclass subclass", lambda: issubclass(B, A))
show("issubclass unrelated", lambda: issubclass(C, A))
show("issubclass tuple", lambda: issubclass(B, (int, A)))
show("issubclass int", lambda: issubclass(int, A))
show("issubclass nested", lambda: issubclass(C, (int, (A, B))))
show("issubclass not a class", lambda: issubclass(1, A))
show("issubclass 1, 2", lambda: issubclass(1, 2))
show("issubclass int, 2", lambda: issubclass(int, 2))
show("type.__subclasscheck__", lambda: type.__subclasscheck__(int, bool))
show("type.__subclasscheck__ 1", lambda: type.__subclasscheck__(int, 1))


class Never(type):
    def __instancecheck__(cls, obj):
        log.append("instancecheck")
        return 0

    def __subclasscheck__(cls, sub):
        log.append("subclasscheck")
        return []


class N(metaclass=Never):
    pass


class M(N):
    pass


show("never exact", lambda: isinstance(N(), N))
show("never subclass", lambda: isinstance(M(), N))
show("never issubclass", lambda: issubclass(M, N))
show("never issubclass self", lambda: issubclass(N, N))


class Always(type):
    def __instancecheck__(cls, obj):
        log.append("instancecheck")
        return True

    def __subclasscheck__(cls, sub):
        log.append("subclasscheck")
        return True


class Error(Exception, metaclass=Always):
    pass


show("always int", lambda: isinstance(3, Error))
try:
    try:
        raise ValueError("not an Error")
    except Error:
        print("caught by Error")
except ValueError as e:
    print("except asks no __instancecheck__:", e, log)
