# A traceback keeps its frames alive: their locals after they raised, f_back to the caller's frame,
# f_lineno where they were; TracebackException(capture_locals=True) reads those locals.
import sys
import traceback


def outer():
    x = 41
    def inner():
        y = x + 1
        raise RuntimeError("boom")
    inner()


try:
    outer()
except RuntimeError:
    tb = sys.exc_info()[2]
    last = tb
    while last.tb_next:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals))
    print(last.tb_frame.f_back.f_locals.keys())
    print(last.tb_frame.f_lineno, last.tb_frame.f_back.f_lineno, last.tb_lineno)
    print(last.tb_frame.f_back.f_back is tb.tb_frame, tb.tb_frame is sys._getframe())
    print(last.tb_frame.f_code.co_name, last.tb_frame.f_back.f_code.co_name)
    print(tb.tb_next is tb.tb_next, type(tb.tb_frame).__name__)
    summary = traceback.TracebackException(*sys.exc_info(), capture_locals=True)
    print(sorted(summary.stack[1].locals), summary.stack[1].locals['x'])
    print(summary.stack[2].locals)
    print([name for frame, line in traceback.walk_tb(tb) for name in [frame.f_code.co_name]])
    del tb, last


def returns_its_frame():
    a = 1
    return sys._getframe()


frame = returns_its_frame()
print(frame.f_locals, frame.f_back is sys._getframe(), frame.f_lineno)
print(sys._getframe() is sys._getframe(), sys._getframe(0).f_back)


def fails_with_a_list():
    z = [1, 2]
    raise ValueError


try:
    fails_with_a_list()
except ValueError as e:
    kept = e.__traceback__.tb_next.tb_frame
print(kept.f_locals)
kept.clear()
print(kept.f_locals)

try:
    fails_with_a_list()
except ValueError as e:
    traceback.clear_frames(e.__traceback__)
    print(e.__traceback__.tb_next.tb_frame.f_locals)


def divides(a):
    x = [a]
    return 1 / (a - a)


def calls_divides():
    try:
        divides(3)
    except ZeroDivisionError as e:
        inner = e.__traceback__.tb_next
        return inner.tb_lasti, inner.tb_frame.f_lasti, inner.tb_frame.f_lineno


print(calls_divides())


# a finished generator's or coroutine's frame is unlinked from whatever resumed it: no f_back
def raises_on_resume():
    yield 1
    raise KeyError("g")


g = raises_on_resume()
next(g)
try:
    next(g)
except KeyError as e:
    print("generator f_back:", e.__traceback__.tb_next.tb_frame.f_back)


async def coroutine_fails():
    raise ValueError("c")


try:
    coroutine_fails().send(None)
except ValueError as e:
    print("coroutine f_back:", e.__traceback__.tb_next.tb_frame.f_back)
