# traceback's functions print what the interpreter prints for an uncaught exception
import sys
import traceback

def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

try:
    average([])
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text, end='')
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, value))
    print(''.join(traceback.format_tb(tb)), end='')
    frames = traceback.extract_tb(tb)
    print(len(frames), [(f.name, f.lineno, f.line) for f in frames])
    print(frames[0].filename.endswith('traceback_formats.py'), repr(frames[-1]).startswith('<FrameSummary file '))
    print(traceback.format_list(frames) == traceback.format_tb(tb))
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    traceback.print_exception(value, file=sys.stdout)
    print(traceback.format_exception(value, limit=-1))

def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f'no {key!r} in the table') from e

try:
    lookup({'a': 1}, 'b')
except LookupError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(''.join(traceback.format_exception(e, chain=False)), end='')

try:
    try:
        {}['missing']
    except KeyError:
        int('x')
except ValueError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    try:
        raise RuntimeError('quiet') from None
    except RuntimeError as quiet:
        traceback.print_exception(quiet, file=sys.stdout)

def countdown(n):
    if n == 0:
        raise RecursionError('bottom')
    countdown(n - 1)
try:
    countdown(8)
except RecursionError:
    traceback.print_exc(file=sys.stdout)

class TooHot(Exception):
    pass
err = TooHot('120 degrees')
err.add_note('check the sensor')
print(traceback.format_exception_only(err), traceback.format_exception_only(KeyError('k')),
      traceback.format_exception_only(ValueError()), traceback.format_exception_only(None))
print(traceback.format_exc(), end='')
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(err))
te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type.__name__, list(te.format()))
x = [1, 2, 3]
try:
    print(x[1] + x[5] * 2)
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    traceback.print_exception(ValueError('v'), 'value only')
except ValueError as e:
    print('ValueError:', e)
average([])
