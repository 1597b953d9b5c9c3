# sys.settrace/setprofile functions that raise (at call, exception, return, c_call), f_trace set by the tracer, wrong arguments
import sys

def on_call(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'target':
        raise LookupError('refused call')
    return None

def target(a):
    b = [a]
    return b

sys.settrace(on_call)
try:
    target(1)
except LookupError as e:
    print('call refused:', e, sys.gettrace())

def on_exception(frame, event, arg):
    if event == 'exception':
        raise TypeError('replaced ' + arg[0].__name__)
    return on_exception

def raiser():
    items = [1, 2]
    raise KeyError('original')

sys.settrace(on_exception)
try:
    raiser()
except Exception as e:
    print(type(e).__name__, e, sys.gettrace())

def on_return(frame, event, arg):
    if event == 'return':
        raise ValueError('no return of %r' % (arg,))
    return on_return

def returns():
    x = 'value'
    return x

sys.settrace(on_return)
try:
    returns()
except ValueError as e:
    print('return refused:', e, sys.gettrace())

def bad_profile(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('profile ' + arg.__name__)

def calls_len():
    return len([1, 2, 3])

sys.setprofile(bad_profile)
try:
    calls_len()
except RuntimeError as e:
    print('profile:', e, sys.getprofile())

def setter(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'watched':
        frame.f_trace = lines_only
    return None

def lines_only(frame, event, arg):
    print('  ', event, frame.f_lineno - frame.f_code.co_firstlineno)

def watched():
    x = 1
    return x

sys.settrace(setter)
watched()
sys.settrace(None)
try:
    sys.settrace(1, 2)
except TypeError as e:
    print(e)
