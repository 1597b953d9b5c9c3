class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("bad", 42)
except MyError as e:
    print("caught", e, e.code, e.args, repr(e))
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        return f"value error: {e}"
    except ZeroDivisionError:
        return "zdiv"
    else:
        print("no exception")
    finally:
        print("finally", x)
print(f(0), f(2))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print("context:", type(e.__context__).__name__, e)
class CM:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is ValueError
with CM() as cm:
    raise ValueError("suppressed")
print("after with")
try:
    with CM():
        raise TypeError("not suppressed")
except TypeError as e:
    print("propagated", e)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
e2 = None
try:
    raise KeyError("k")
except (TypeError, KeyError) as e2:
    print("tuple", repr(e2))
print(e2 if 'e2' in dir() else "e2 deleted")
def nested():
    try:
        return "try"
    finally:
        print("cleanup")
print(nested())
try:
    raise
except RuntimeError as e:
    print(e)
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
class E2(Exception): pass
try:
    raise E2
except Exception as e:
    print(type(e).__name__, str(e) == "", e.args)
