# traceback's chained exceptions: __cause__, __context__, __suppress_context__, chain=, limit=, compact
import sys
import traceback

TE = traceback.TracebackException


def parse(text):
    try:
        return int(text)
    except ValueError as error:
        raise KeyError(text) from error


def load(texts):
    try:
        return [parse(t) for t in texts]
    except KeyError:
        raise RuntimeError('load failed')


try:
    load(['1', 'x'])
except RuntimeError as error:
    failure = error

# the whole chain, innermost first, each joined by CPython's sentence
print(''.join(traceback.format_exception(failure)), end='')
print(''.join(traceback.format_exception(failure, chain=False)), end='')
print(''.join(traceback.format_exception(failure, limit=1)), end='')
print(''.join(traceback.format_exception(type(failure), failure, failure.__traceback__, limit=-1)), end='')
traceback.print_exception(failure, file=sys.stdout, chain=False)
traceback.print_exception(failure, limit=0)   # to stderr

# the TracebackException behind them
report = TE.from_exception(failure)
print(report.exc_type.__name__, str(report), report.__suppress_context__, report.__cause__)
print(report.__context__.exc_type.__name__, report.__context__.__cause__.exc_type.__name__)
print([entry.name for entry in report.stack], [entry.name for entry in report.__context__.stack])
print(report == TE.from_exception(failure), report == TE.from_exception(failure, limit=1), report.__eq__(1))
print(list(report.format()) == traceback.format_exception(failure), report.exceptions)
print(list(report.format_exception_only()), list(report.format(chain=False))[-1])
report.print(file=sys.stdout, chain=False)
compact = TE.from_exception(failure.__context__, compact=True)
print(compact.__cause__.exc_type.__name__, compact.__context__)   # a cause leaves the context out
print(TE.from_exception(failure.__context__).__context__)   # the context is the cause: captured once
print(TE.from_exception(failure, compact=True).__context__.exc_type.__name__)

# from None suppresses the context; an explicit cause wins over it
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('quiet') from None
except ValueError as error:
    print(''.join(traceback.format_exception(error)), end='')
    print(TE.from_exception(error).__suppress_context__, TE.from_exception(error).__context__.exc_type)
    error.__suppress_context__ = False
    print(''.join(traceback.format_exception(error)), end='')

# an exception met twice down the chain is printed once
first = KeyError('first')
second = ValueError('second')
second.__context__ = first
third = TypeError('third')
third.__cause__ = second
third.__context__ = first
print(''.join(traceback.format_exception(third)), end='')
wide = TE.from_exception(third)   # not compact: breadth first, the outer exception keeps its context
print(wide.__context__.exc_type.__name__, wide.__cause__.__context__)
second.__cause__ = second
print(''.join(traceback.format_exception(second)), end='')

# a long chain
link = None
for i in range(50):
    try:
        raise OSError(i) from link
    except OSError as error:
        link = error
print(len(traceback.format_exception(link)), traceback.format_exception(link)[-1], end='')

# no exception, odd arguments, the interpreter's last exception
print(traceback.format_exc(), end='')
print(traceback.format_exception(None), list(TE(None, None, None).format()), str(TE(None, None, None)))
print(list(TE(ValueError, None, None).format()), TE(ValueError, None, None).stack)
for arguments in [(3,), (ValueError('v'), None), (ValueError, ValueError('v'))]:
    try:
        traceback.format_exception(*arguments)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    traceback.print_last()
except ValueError as error:
    print('ValueError:', error)
sys.last_type, sys.last_value, sys.last_traceback = type(failure), failure, failure.__traceback__
traceback.print_last(file=sys.stdout, chain=False)
