# traceback's last lines of an exception: SyntaxError's source line and carets, notes, qualified names
import sys
import traceback


def show(error):
    print(traceback.format_exception_only(error))


# the compiler's own: the caret under the offending token
for source in ["total = (1 +\n", "x = 1 +* 2", "def f(:\n    pass"]:
    try:
        compile(source, "<cell>", "exec")
    except SyntaxError as error:
        show(error)
        traceback.print_exception(error, limit=0, file=sys.stdout)

# made by hand: offsets count from 1 in the unstripped text, end offsets of 0/None/-1 mark one character
text = '    x = 1 + \n'
for offsets in [(5,), (5, 8), (5, 0), (5, -1), (5, 5), (2,), (20,), (7, 6)]:
    show(SyntaxError('bad', ('f.py', 3, offsets[0], text) + ((3,) + offsets[1:] if offsets[1:] else ())))
show(SyntaxError('tabs', ('f.py', 3, 6, '\f  \tx = 1\n')))
show(SyntaxError('tab inside', ('f.py', 3, 6, 'x\t= 1\n', 3, 9)))
show(SyntaxError('no offset', ('f.py', 3, None, 'x = 1\n')))
show(SyntaxError('no line number', ('f.py', None, 2, 'x = 1\n')))
show(SyntaxError('no file', (None, 3, 2, 'x = 1\n')))
show(SyntaxError('empty file name', ('', 3, 2, 'x = 1\n')))
show(SyntaxError('no text', ('f.py', 3, 2, None)))
show(SyntaxError(''))
show(SyntaxError())
show(IndentationError('expected an indented block', ('f.py', 2, 1, 'x\n')))


class SubclassedError(SyntaxError):
    pass


show(SubclassedError('m', ('f.py', 3, 1, 'abc\n')))

# notes: one line each, split at newlines; a note whose str() fails; notes that are not a sequence
error = ValueError('checked')
error.add_note('first')
error.add_note('second\nand third')
show(error)
error.__notes__ = ['a\r\nb', 'c\n', '', 5]
show(error)
error.__notes__ = 'xyz'
show(error)
error.__notes__ = 7
show(error)


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no str')


error = ValueError('v')
error.__notes__ = [Unprintable()]
show(error)
show(Unprintable())
error = SyntaxError('noted', ('f.py', 1, 1, 'abc\n'))
error.add_note('after the message')
show(error)

# type names: qualified, with the module unless builtins or __main__
class Outer:
    class Inner(Exception):
        pass


show(Outer.Inner('nested'))
Outer.Inner.__module__ = 'package.module'
show(Outer.Inner('elsewhere'))
Outer.Inner.__module__ = 42
show(Outer.Inner('odd module'))
Outer.Inner.__module__ = 'builtins'
show(Outer.Inner(''))
show(KeyError('key'))
show(KeyError())
show(ValueError(None))
print(traceback.format_exception_only(ValueError, None), traceback.format_exception_only(None))
print(traceback.format_exception_only(TypeError, TypeError('old style')))
