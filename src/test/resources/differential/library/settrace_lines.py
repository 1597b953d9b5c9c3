# sys.settrace: call, line, return and exception events over common constructs, lines relative to each code's first
import sys

events = []


def tracer(frame, event, arg):
    base = frame.f_code.co_firstlineno
    shown = arg if event != "return" or arg is None or type(arg) in (int, str, tuple, list, set) else type(arg).__name__
    if event == 'exception':
        shown = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    events.append((event, frame.f_code.co_name, frame.f_lineno - base, shown))
    return tracer


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total


def handlers():
    try:
        1 / 0
    except ZeroDivisionError as e:
        caught = str(e)
    finally:
        done = True
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return caught, done


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def with_block():
    with Manager() as m:
        x = max(1,
                2)
    return x


def gen(n):
    for i in range(n):
        yield i
    return 'end'


def comprehensions():
    squares = [i * i for i in range(3)]
    evens = {i for i in range(4) if i % 2 == 0}
    return squares, evens


def deco(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def decorated(a):
    return a + 1


def raises():
    raise ValueError('out')


def catches():
    try:
        raises()
    except ValueError:
        return 'caught'


sys.settrace(tracer)
loops(3)
handlers()
with_block()
list(gen(2))
comprehensions()
decorated(1)
catches()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
