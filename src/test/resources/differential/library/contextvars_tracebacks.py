# contextvars: a traceback through ContextVar, Token or Context shows no frame of them, as CPython's are C
# types (module _contextvars); the callable a Context runs still shows its own frame
import contextvars
import traceback

var = contextvars.ContextVar("var")
other = contextvars.ContextVar("other", default=0)


def used_token():
    token = var.set(1)
    var.reset(token)
    var.reset(token)


def failing():
    raise KeyError("inside run")


def entered_twice():
    context = contextvars.copy_context()
    context.run(context.run, print)


tests = [lambda: var.get(), lambda: var.reset(None), used_token, lambda: other.reset(var.set(2)),
         lambda: contextvars.ContextVar(1), lambda: contextvars.copy_context()[var],
         lambda: contextvars.copy_context()["var"], lambda: contextvars.Context().run(failing),
         entered_twice, lambda: contextvars.Token(), lambda: hash(contextvars.Context())]
for test in tests:
    try:
        test()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(len(lines), lines[-1].split(" at 0x")[0])
        print([line.split(", in ")[-1] for line in lines if line.startswith("  File")])
var.reset("not a token")
