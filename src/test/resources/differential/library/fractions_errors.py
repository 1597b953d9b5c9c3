# fractions: the errors CPython raises, with its messages
from fractions import Fraction


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


for text in ['inf', 'nan', '3 /4', '1__0', '', '0x10', '1.5/2', '3/-4', '1/2/3', '_1', '1._5', '.e5', '1e', '²', '- 1']:
    attempt(repr(text), lambda: Fraction(text))
attempt('3/0', lambda: Fraction('3/0'))
attempt('nan', lambda: Fraction(float('nan')))
attempt('inf', lambda: Fraction(float('inf')))
attempt('(1.5, 2)', lambda: Fraction(1.5, 2))
attempt('(3, 0)', lambda: Fraction(3, 0))
attempt('None', lambda: Fraction(None))
attempt('complex', lambda: Fraction(1 + 0j))
attempt('/0', lambda: Fraction(6, 4) / 0)
attempt('-/0', lambda: Fraction(-6, 4) / Fraction(0))
attempt('0/0', lambda: Fraction(0) / 0)
attempt('0**-2', lambda: Fraction(0) ** -2)
attempt('//0', lambda: Fraction(6, 4) // 0)
attempt('%0', lambda: Fraction(6, 4) % 0)
attempt('divmod 0', lambda: divmod(Fraction(6, 4), 0))
attempt('limit 0', lambda: Fraction(1, 3).limit_denominator(0))
attempt('from_float str', lambda: Fraction.from_float('x'))
attempt('from_float Fraction', lambda: Fraction.from_float(Fraction(1, 2)))
attempt('** str', lambda: Fraction(1, 3) ** 'x')
attempt('str **', lambda: 'x' ** Fraction(1, 3))
attempt('pow 3 args', lambda: pow(Fraction(1, 3), 2, 3))
attempt('format', lambda: format(Fraction(1, 3), '.2f'))
attempt('< str', lambda: Fraction(1, 2) < 'x')
attempt('< complex', lambda: Fraction(1, 2) < 1j)
attempt('+ str', lambda: Fraction(1, 2) + 'x')
attempt('str +', lambda: 'x' + Fraction(1, 2))
attempt('// complex', lambda: Fraction(1, 2) // 1j)
Fraction("1/2/3")
