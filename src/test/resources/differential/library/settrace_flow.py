# sys.settrace over generators that raise or are thrown into, continue/break, return in finally, lambdas, yield from
import sys
events = []
def tracer(frame, event, arg):
    base = frame.f_code.co_firstlineno
    shown = arg
    if event == 'exception':
        shown = arg[0].__name__
    elif event == 'return' and not isinstance(arg, (int, str, type(None), tuple, list)):
        shown = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno - base, shown))
    return tracer

def gen_raises():
    yield 1
    raise KeyError('g')

def consume():
    try:
        for x in gen_raises():
            pass
    except KeyError:
        return 'k'

def brk(n):
    for i in range(n):
        if i == 1:
            continue
        if i == 2:
            break
    return i

def fin():
    try:
        return 1
    finally:
        x = 2

class K:
    a = 1
    def m(self):
        return self.a

def lam():
    f = lambda y: y + 1
    return f(1)

def nested():
    def inner():
        return 5
    return inner()

def delegating():
    yield from gen_plain()

def gen_plain():
    yield 1
    yield 2

def throw_in():
    g = gen_plain()
    next(g)
    try:
        g.throw(ValueError('t'))
    except ValueError:
        pass

sys.settrace(tracer)
consume()
brk(4)
fin()
K().m()
lam()
nested()
list(delegating())
throw_in()
sys.settrace(None)
for e in events:
    print(e)
