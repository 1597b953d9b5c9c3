# sys.settrace: local tracers replacing each other, None from 'call', a raising tracer, f_locals, f_trace, _getframe
import sys

log = []


def only_lines(frame, event, arg):
    log.append(('local', event, frame.f_lineno - frame.f_code.co_firstlineno))
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        return second  # replaces f_trace from now on
    return None  # keeps the current local tracer


def second(frame, event, arg):
    log.append(('second', event, dict(frame.f_locals)))
    return second


def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name == 'skipped':
        return None  # no local events for this frame
    if name == 'work':
        return only_lines
    return None


def skipped():
    a = 1
    return a


def work(n):
    a = n
    b = a * 2
    c = skipped()
    return a + b + c


sys.settrace(global_tracer)
print(sys.gettrace() is global_tracer)
work(5)
sys.settrace(None)
for entry in log:
    print(entry)


def failing(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed at ' + frame.f_code.co_name)
    return failing


def victim():
    x = 1
    return x


sys.settrace(failing)
try:
    victim()
except RuntimeError as e:
    print('caught', e)
print('tracer after failure:', sys.gettrace())


def inspect_frames(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'inner':
        print('f_back', frame.f_back.f_code.co_name, 'f_trace', frame.f_trace)
        print('locals at call', sorted(frame.f_locals.items()))
        print('lasti is int', isinstance(frame.f_lasti, int), 'trace lines', frame.f_trace_lines)
        return inspect_frames
    if event == 'return' and frame.f_code.co_name == 'inner':
        print('return', arg, 'locals', sorted(frame.f_locals.items()), frame.f_trace is inspect_frames)
    return None


def inner(p, q=2):
    r = p + q
    return r


def outer():
    return inner(1)


sys.settrace(inspect_frames)
outer()
sys.settrace(None)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)


def caller():
    return callee()


def callee():
    f = sys._getframe()
    return f.f_back.f_code.co_name, f.f_code.co_name, sorted(f.f_locals)


print(caller())
