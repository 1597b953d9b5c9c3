# except* with the rest of the language: return from the try body, else and finally, with and try inside a
# clause, nested except*, generators (yield in a clause, throw into one), a with around it, a failing later type
import sys
def f(x):
    try:
        if x:
            raise ExceptionGroup("g", [ValueError(x)])
        return "body"
    except* ValueError as e:
        with open(__file__) as fh:
            first = fh.readline()
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        finally:
            print("inner finally", repr(sys.exception()))
        try:
            raise ExceptionGroup("nested", [TypeError(1), OSError(2)])
        except* TypeError as t:
            print("nested", repr(t), repr(sys.exception()))
        except* OSError:
            print("os", repr(sys.exception()))
        print("after nested", repr(sys.exception()))
    else:
        return "else"
    finally:
        print("finally", repr(sys.exception()))
    return "end"
print(f(0), f(1))
def g():
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as e:
            yield e.exceptions[0].args[0]
print(list(g()))
gen = g()
print(next(gen))
def h():
    try:
        yield 1
    except* ZeroDivisionError as z:
        print("caught thrown", repr(z))
        yield 2
gen = h(); next(gen); print(gen.throw(ExceptionGroup("thrown", [ZeroDivisionError()])))
gen = h(); next(gen); print(gen.throw(ZeroDivisionError()))
try:
    gen = h(); next(gen); gen.throw(KeyError(5))
except KeyError as k:
    print("propagated", repr(k))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit got", a[0].__name__ if a[0] else None)
        return False
try:
    with CM():
        try:
            raise ExceptionGroup("w", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
except ExceptionGroup as e:
    print("after with", repr(e))
# exception in a later clause's type expression
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first")
    except* (lambda: 1/0)():
        pass
except ZeroDivisionError as z:
    print("zde", repr(z.__context__))
