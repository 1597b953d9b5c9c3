# BaseExceptionGroup and ExceptionGroup (PEP 654): construction and its errors, message, exceptions, str,
# repr, split and subgroup by type, tuple and predicate, derive and subclasses, metadata of split parts
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: ExceptionGroup("m", [ValueError(1)]))
show(lambda: ExceptionGroup(1, [ValueError(1)]))
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup("m", [], 3))
show(lambda: ExceptionGroup())
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", ()))
show(lambda: ExceptionGroup("m", 5))
show(lambda: ExceptionGroup("m", {ValueError()}))
show(lambda: ExceptionGroup("m", "ab"))
show(lambda: ExceptionGroup("m", [ValueError(), 3]))
show(lambda: ExceptionGroup("m", [ValueError, 3]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("m", [ValueError()]))
show(lambda: type(BaseExceptionGroup("m", [ValueError()])))
show(lambda: ExceptionGroup("m", [ValueError()], x=1))
show(lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
e = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(str(e), repr(e), e.args, e.message, e.exceptions)
print(str(ExceptionGroup("one", (ValueError(1),))))
print(repr(ExceptionGroup("one", (ValueError(1),))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__name__, ExceptionGroup.__module__, ExceptionGroup.__qualname__)
print(issubclass(ExceptionGroup, Exception), isinstance(e, BaseExceptionGroup))
try:
    e.message = "x"
except AttributeError as a:
    print("AttributeError", a)
try:
    e.exceptions = ()
except AttributeError as a:
    print("AttributeError", a)
show(lambda: e.subgroup())
show(lambda: e.subgroup(1))
show(lambda: e.subgroup((ValueError, 1)))
show(lambda: e.subgroup([ValueError]))
show(lambda: e.split())
show(lambda: e.split(int))
show(lambda: e.derive())
show(lambda: e.derive([KeyboardInterrupt()]))
show(lambda: e.derive([ValueError(5)]))
print(ExceptionGroup[int])
v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
inner = ExceptionGroup("inner", [v2, t1])
eg = ExceptionGroup("outer", [v1, inner, k1])
def r(x):
    return repr(x)
print(r(eg.subgroup(ValueError)))
print(r(eg.subgroup((TypeError, KeyError))))
print(r(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg, eg.subgroup(ExceptionGroup) is eg, eg.subgroup(lambda e: True) is eg)
print(r(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print(r(eg.split(ValueError)))
print(r(eg.split(OSError)))
m, rest = eg.split(ValueError)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v2, rest.exceptions[0].exceptions[0] is t1)
seen = []
print(r(eg.split(lambda e: seen.append(repr(e)) or False)))
print(seen)
# metadata
try:
    try:
        raise OSError("ctx")
    except OSError:
        try:
            raise eg
        except ExceptionGroup as caught:
            pass
except BaseException:
    pass
eg.__cause__ = None
eg.add_note("note one")
eg.__suppress_context__ = False
print(eg.__suppress_context__)
m, rest = eg.split(ValueError)
print(r(m.__context__), m.__cause__, m.__suppress_context__, m.__notes__, m.__notes__ is eg.__notes__)
print(m.__traceback__.tb_lineno == eg.__traceback__.tb_lineno, m.__traceback__ is not None)
print(m.exceptions[1].__notes__ if hasattr(m.exceptions[1], "__notes__") else "no notes")
eg.__notes__ = "not a seq"
print(getattr(eg.subgroup(TypeError), "__notes__", "absent"))
eg.__notes__ = ("a", "b")
print(eg.subgroup(TypeError).__notes__)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
my = MyEG("mine", [ValueError(1), TypeError(2), MyEG("sub", [ValueError(3)])])
print(r(my.split(ValueError)))
print(r(my.subgroup(TypeError)))
print(type(my.subgroup(TypeError)).__name__)

class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
print(r(p.subgroup(ValueError)), type(p.subgroup(ValueError)).__name__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).subgroup(ValueError)
except TypeError as e:
    print("TypeError", e)

class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
    def derive(self, excs):
        return WithInit(self.message, excs, self.code)
w = WithInit("w", [ValueError(1), TypeError(2)], 42)
print(r(w), w.args, w.code, r(w.subgroup(ValueError)), w.subgroup(ValueError).code)

class BEG(BaseExceptionGroup):
    pass
print(r(BEG("b", [ValueError(1)])), type(BEG("b", [ValueError(1)])).__name__)
try:
    class NotAllowed(BaseExceptionGroup, Exception):
        pass
    NotAllowed("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
print(r(b.split(Exception)))
print(r(b.split(KeyboardInterrupt)))
print(r(b.subgroup(BaseException)) , b.subgroup(BaseException) is b)
print(repr(ExceptionGroup("x", [ValueError(1)]).split(ValueError)))
print(repr(ExceptionGroup("x", [ValueError(1)]).derive((TypeError(),))))
lst = [ValueError(1)]
g = ExceptionGroup("l", lst)
lst.append(TypeError(2))
print(repr(g), g.exceptions)
print(str(ExceptionGroup("", [ValueError()])))
class S(ExceptionGroup):
    def __str__(self):
        return "custom"
print(str(S("x", [ValueError()])), repr(S("x", [ValueError()])))
def boom(e):
    if isinstance(e, TypeError):
        raise RuntimeError("predicate failed")
    return False
try:
    ExceptionGroup("p", [ValueError(1), ExceptionGroup("q", [TypeError(2)])]).split(boom)
except RuntimeError as e:
    print("RuntimeError", e)
deep = ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(1), OSError(2)])]), KeyError(3)])
print(repr(deep.subgroup(OSError)), repr(deep.split(LookupError)))
print(repr(deep.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "b")))
print(ExceptionGroup("x", [ValueError()]).args, isinstance(ExceptionGroup("x", [ValueError()]), Exception))
print(BaseExceptionGroup.__base__, ExceptionGroup.__bases__)
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught by except Exception:", repr(e))
try:
    raise BaseExceptionGroup("raised", [SystemExit(1)])
except Exception:
    print("not here")
except BaseExceptionGroup as e:
    print("caught by except BaseExceptionGroup:", repr(e), repr(e.exceptions[0]))
