class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str fails")
try:
    raise BadStr("x")
except BadStr as e:
    print("caught", type(e).__name__, repr(e))
raise BadStr("uncaught")
