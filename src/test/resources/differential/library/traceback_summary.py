# traceback's frame lists: FrameSummary, StackSummary (extract, from_list, format and its folding),
# walk_tb/walk_stack, limit= and sys.tracebacklimit
import sys
import traceback

FrameSummary, StackSummary = traceback.FrameSummary, traceback.StackSummary


def descend(n):
    if n:
        return descend(n - 1)
    return 1 / n


def failure_of(function, *args):
    try:
        function(*args)
    except Exception as error:
        return error


tb = failure_of(descend, 5).__traceback__
print([line for frame, line in traceback.walk_tb(tb)], list(traceback.walk_tb(None)))
print([(entry.name, entry.lineno, entry.line) for entry in traceback.extract_tb(tb, limit=3)])
print([entry.lineno for entry in traceback.extract_tb(tb, limit=-2)], traceback.extract_tb(tb, limit=0))
print(''.join(traceback.format_tb(tb)), end='')
traceback.print_tb(tb, limit=-1, file=sys.stdout)
traceback.print_tb(tb, 2)   # to stderr
for depth in (2, 3, 4, 30):
    print(''.join(traceback.format_tb(failure_of(descend, depth).__traceback__)), end='')

sys.tracebacklimit = 2
print([entry.lineno for entry in traceback.extract_tb(tb)], [entry.lineno for entry in traceback.extract_tb(tb, -1)])
print(traceback.format_exception(failure_of(descend, 1))[-2:])
sys.tracebacklimit = -3
print(traceback.extract_tb(tb), traceback.format_exception(failure_of(descend, 1)))
sys.tracebacklimit = 'many'
try:
    traceback.extract_tb(tb)
except TypeError as error:
    print('TypeError:', error)
del sys.tracebacklimit

# the stack: limit counts from the given frame outwards, the result is outermost first
def where():
    return (traceback.extract_stack(limit=-1), traceback.extract_stack(limit=2),
            traceback.format_stack(sys._getframe(), 1), StackSummary.extract(traceback.walk_stack(None)))


print(where())
print([frame.f_code.co_name for frame, line in traceback.walk_stack(sys._getframe())])

# entries read their source line lazily, and compare as 4-tuples
summary = StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
print(type(summary).__name__, [entry._line for entry in summary][:2], summary[0].line, summary[0].colno)
entry = FrameSummary('spam.py', 3, 'eggs', line='  x = 1  ')
print(repr(entry), entry.line, list(entry), len(entry), entry[2], entry[-1], tuple(entry))
print(entry == ('spam.py', 3, 'eggs', 'x = 1'), entry == ['spam.py', 3, 'eggs', 'x = 1'], entry.__eq__(3))
print(entry == FrameSummary('spam.py', 3, 'eggs', line='x = 1', colno=4),
      entry == FrameSummary('spam.py', 3, 'eggs', line='x = 1', locals={'x': 1}), FrameSummary.__hash__)
print(FrameSummary('f', None, 'n').line, repr(FrameSummary('no such file', 3, 'n').line))
with_locals = FrameSummary('f.py', 1, 'n', line='', locals={'b': 'text', 'a': 1})
print(with_locals.locals, FrameSummary('f.py', 1, 'n', locals={}).locals)
print(StackSummary.from_list([with_locals, ('g.py', 2, 'm', 'return a')]).format())
print(traceback.format_list([('a.py', 1, 'f', None), ('a.py', 2, 'g', '   '), ('a.py', 3, 'h', 'pass')]))
try:
    StackSummary.from_list([('a.py', 1, 'f')])
except ValueError as error:
    print('ValueError:', error)
traceback.print_list([('a.py', 1, 'f', 'pass')])   # to stderr

# folding counts repeats of one file, line and name; entries a subclass leaves out do not interrupt a run
repeated = [('r.py', 5, 'again', 'again()')] * 7
print(StackSummary.from_list(repeated[:4] + [('r.py', 6, 'again', 'stop')] + repeated[:5]).format())


class Terse(StackSummary):
    def format_frame_summary(self, frame_summary):
        return None if frame_summary.name == 'hop' else f'{frame_summary.name}:{frame_summary.lineno}\n'


def hop(n):
    return skip(n)


def skip(n):
    if n:
        return hop(n - 1)
    raise ValueError(n)


print(Terse.extract(traceback.walk_tb(failure_of(skip, 6).__traceback__)).format())
print(type(Terse.from_list([])).__name__, type(Terse.extract(iter([]))).__name__)
traceback.clear_frames(tb)
print(len(list(traceback.walk_tb(tb))))
