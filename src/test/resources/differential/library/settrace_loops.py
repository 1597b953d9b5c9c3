# Line events through the loops and exits 3.11 lays out: a while loop's test at its bottom, while True's
# back edge (which reports the while's line), a for loop's lineless back edge, branches' copied returns.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print(event, frame.f_code.co_name, frame.f_lineno - BASE)
    return tracer
BASE = sys._getframe().f_lineno
def countdown(n):
    while n > 0:
        n -= 1
def g(x):
    if x:
        y = 1
    else:
        y = 2
def w(it):
    while True:
        v = next(it, None)
        if v is None:
            break
def f(xs):
    for x in xs:
        if x:
            pass
    return [x for x in xs if x]
sys.settrace(tracer)
countdown(2); g(0); g(1); w(iter([1])); f([0, 1])
sys.settrace(None)
