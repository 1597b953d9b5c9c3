# sys's hooks for debuggers: breakpointhook with builtins.breakpoint and $PYTHONBREAKPOINT (read at each call:
# "0" turns breakpoints off, an unimportable name warns), call_tracing, _current_exceptions
import os
import sys
import threading

os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint(), breakpoint(1, key=2), sys.breakpointhook())
os.environ['PYTHONBREAKPOINT'] = 'os.getcwd'
print(breakpoint() == os.getcwd())
os.environ['PYTHONBREAKPOINT'] = 'print'
breakpoint('a builtin', 'by its name', sep=' - ')
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('module', 'and name', sep='.')
for unimportable in ['no_such_module.hook', 'os.no_such_function', '.hook', 'os.', 'os..getcwd']:
    os.environ['PYTHONBREAKPOINT'] = unimportable
    print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = '0'
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook)

calls = []
sys.breakpointhook = lambda *args, **kwargs: calls.append((args, kwargs)) or 'returned'
print(breakpoint(3, x=4), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
sys.breakpointhook = sys.__breakpointhook__

print(sys.call_tracing(divmod, (7, 2)), sys.call_tracing(print, ()))
for args in [(divmod, [7, 2]), (divmod,), ()]:
    try:
        sys.call_tracing(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys.call_tracing(divmod, (1, 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

# _current_exceptions: each thread's exc_info(), (None, None, None) where it handles none
main = threading.get_ident()
print(sys._current_exceptions()[main])
handling = threading.Event()
done = threading.Event()


def worker():
    try:
        raise KeyError('in the worker')
    except KeyError:
        handling.set()
        done.wait()


t = threading.Thread(target=worker)
t.start()
handling.wait()
try:
    raise ValueError('in main')
except ValueError:
    current = sys._current_exceptions()
    kind, value, tb = current[main]
    print(kind.__name__, value, type(tb).__name__)
    kind, value, tb = current[t.ident]
    print(kind.__name__, value, tb.tb_frame.f_code.co_name)
    del kind, value, tb, current
done.set()
t.join()
print(sys._current_exceptions.__name__, type(sys._current_exceptions()).__name__)
