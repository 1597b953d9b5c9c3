# The digit limit in the standard library: json, pickle's text opcodes and fractions convert through
# int and are limited; C decimal converts its own coefficients and is not. The limit is the
# interpreter's, so a thread sees what another set.
import decimal
import fractions
import json
import pickle
import sys
import threading


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e)[:100])
    else:
        print(label, '->', len(result) if isinstance(result, str) else result)


big = 7 ** 6000
attempt('json.dumps', lambda: json.dumps(big))
attempt('json.dumps in a list', lambda: json.dumps([1, {'a': big}]))
attempt('json.loads', lambda: json.loads('1' * 5000))
attempt('json.loads in a list', lambda: json.loads('[' + '2' * 5000 + ']'))
attempt('json.loads float', lambda: json.loads('1' * 5000 + '.5'))
attempt('pickle protocol 0', lambda: pickle.dumps(big, 0))
attempt('pickle protocol 2', lambda: len(pickle.dumps(big, 2)))
attempt('pickle INT', lambda: pickle.loads(b'I' + b'1' * 5000 + b'\n.'))
attempt('pickle bad INT', lambda: pickle.loads(b'Ixyz\n.'))
attempt('pickle LONG', lambda: pickle.loads(b'L' + b'1' * 5000 + b'L\n.'))
attempt('pickle bad LONG', lambda: pickle.loads(b'Lxyz\n.'))
attempt('pickle LONG', lambda: pickle.loads(b'L-12L\n.'))
attempt('fractions', lambda: fractions.Fraction('1' * 5000))
attempt('fractions of int', lambda: fractions.Fraction(big).numerator.bit_length())
attempt('fractions str', lambda: str(fractions.Fraction(big, 3)))

D = decimal.Decimal
attempt('Decimal(int)', lambda: str(D(big)))
attempt('Decimal(str)', lambda: str(D('1' * 5000)))
attempt('Decimal exponent', lambda: str(D('1' * 5000 + 'E-4990')))
attempt('Decimal repr', lambda: repr(D('9' * 5000)))
attempt('Decimal format', lambda: format(D('1' * 5000), 'f'))
attempt('Decimal format e', lambda: format(D('1' * 5000), '.3e'))
attempt('Decimal as_tuple', lambda: len(D('1' * 5000).as_tuple().digits))
attempt('Decimal to int', lambda: int(D('3' * 5000)).bit_length())
attempt('Decimal to int str', lambda: str(int(D('3' * 5000))))
attempt('Decimal NaN payload', lambda: str(D('NaN' + '1' * 5000)))
with decimal.localcontext() as ctx:
    ctx.prec = 6000
    ctx.Emax = 10 ** 6
    attempt('Decimal high precision', lambda: str(D(1) / D(7))[:20])
    attempt('Decimal high precision length', lambda: str(D(2).sqrt()))
    attempt('Decimal logical_invert', lambda: len(str(D(0).logical_invert())))
    attempt('Decimal rotate', lambda: str(D(big % 10 ** 5900).rotate(3))[:30])

sys.set_int_max_str_digits(0)
attempt('unlimited json.dumps', lambda: json.dumps(big))
attempt('unlimited fractions', lambda: str(fractions.Fraction('1' * 5000)))


def worker():
    attempt('thread sees 0', lambda: sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(1000)


t = threading.Thread(target=worker)
t.start()
t.join()
attempt('main sees the thread\'s', lambda: sys.get_int_max_str_digits())
attempt('main limited by it', lambda: str(10 ** 1000))
