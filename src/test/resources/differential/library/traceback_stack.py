# the stack as traceback sees it: extract_stack, format_stack, print_stack, walk_stack
import sys
import traceback

def inner():
    stack = traceback.extract_stack()
    print([(f.name, f.line) for f in stack[-3:]])
    print(''.join(traceback.format_stack(limit=2)), end='')
    traceback.print_stack(limit=1, file=sys.stdout)
    print([lineno for f, lineno in traceback.walk_stack(None)][:2])
    summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2)
    print([f.name for f in summary], summary[0][2], len(summary[0]), summary[0] == summary[0])

def outer():
    inner()

outer()
print(traceback.format_list([('spam.py', 3, 'eggs', 'x = 1'), traceback.FrameSummary('ham.py', 7, 'f', line='return y')]))
traceback.print_list([('spam.py', 3, '<module>', 'import eggs')], file=sys.stdout)
