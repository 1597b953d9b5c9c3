# contextvars (Python/context.c, Lib/contextvars.py): variables, tokens, contexts, threads.
import contextvars, threading
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get(None), w.get(5))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" has ")[1])
ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, list(ctx.keys()))
def f(x):
    v.set(x)
    w.set(x * 10)
    return v.get(), w.get(), len(contextvars.copy_context())
print(ctx.run(f, 7), v.get(), w.get(None))
print(ctx[v], ctx[w], ctx.get(w), sorted(ctx.values()), len(ctx.items()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
def thread_body():
    print("thread sees", v.get(), w.get("unset"))
w.set("main")
th = threading.Thread(target=thread_body); th.start(); th.join()
c2 = contextvars.Context()
print(len(c2), c2.run(v.get))
t2 = w.set("x")
try:
    c2.run(w.reset, t2)
except ValueError as e:
    print("ValueError", str(e).split(" was ")[1])
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e).split(" was ")[1])
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    class X(contextvars.ContextVar): pass
except TypeError as e:
    print("TypeError", e)
print(hash(v) == hash(v), ctx == ctx, isinstance(ctx, __import__("collections").abc.Mapping))
import copy
print(repr(ctx).startswith("<_contextvars.Context object at 0x"), contextvars.ContextVar, contextvars.Token)
try:
    contextvars.Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    v.reset(1)
except TypeError as e:
    print("TypeError", e)
try:
    "x" in ctx
except TypeError as e:
    print("TypeError", e)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(contextvars.ContextVar[int], contextvars.__all__)
# a request id carried through a worker pool: each task runs in a copy of the submitter's context
from concurrent.futures import ThreadPoolExecutor
request_id = contextvars.ContextVar("request_id", default="none")
def handle(n):
    return f"task {n} sees {request_id.get()}"
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = []
    for n in range(4):
        request_id.set(f"req-{n}")
        futures.append(pool.submit(contextvars.copy_context().run, handle, n))
    print([f.result() for f in futures])
    print(list(pool.map(handle, range(2))))
# Context.run is C in CPython: a traceback through it has no frame of it
import traceback
def fail():
    return 1 / 0
try:
    contextvars.copy_context().run(fail)
except ZeroDivisionError:
    print(traceback.format_exc())
