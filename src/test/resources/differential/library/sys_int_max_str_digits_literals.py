# A decimal int literal longer than the digit limit is a SyntaxError where the code is compiled (the
# parser's int() fails); hexadecimal, float and imaginary literals and zero are not limited.
import sys


def attempt(label, source):
    try:
        compile(source, 'f', 'exec')
    except SyntaxError as e:
        print(label, e.msg[-60:], e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text), e.text[-4:], e.filename)
    else:
        print(label, 'compiled')


attempt('4300', 'x = ' + '1' * 4300)
attempt('4301', 'x = ' + '1' * 4301)
attempt('underscores', 'x = ' + '1_' * 4300 + '1')
attempt('multi-line', 'y = 2\nx = [1,\n   ' + '2' * 4400 + ']\n')
attempt('hex', 'x = 0x' + '1' * 5000)
attempt('float', 'x = ' + '1' * 5000 + '.0')
attempt('imaginary', 'x = ' + '1' * 5000 + 'j')
attempt('zeros', 'x = ' + '0' * 5000)
try:
    eval('-' + '1' * 4301)
except SyntaxError as e:
    print('eval', e.msg[:40], e.offset, e.filename)
try:
    exec('def f():\n    return ' + '9' * 5000)
except SyntaxError as e:
    print('exec', e.msg[:40], e.lineno, e.offset, e.filename)
sys.set_int_max_str_digits(0)
attempt('unlimited', 'x = ' + '1' * 5000)
