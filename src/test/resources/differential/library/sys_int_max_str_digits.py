# CPython 3.11's limit on int <-> decimal string conversions (CVE-2020-10735): which conversions it
# checks, which it leaves alone (power-of-two bases), its messages both ways, and setting it.
import math
import sys


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', len(result) if isinstance(result, str) else result if isinstance(result, float)
              else result.bit_length())


print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)

# the user's demo: 2000! has 5736 digits
attempt('str(factorial(2000))', lambda: str(math.factorial(2000)))

big = 10 ** 5000
for label, make in [
    ('str', lambda: str(big)),
    ('str negative', lambda: str(-big)),
    ('repr', lambda: repr(big)),
    ('ascii', lambda: ascii(big)),
    ('%d', lambda: '%d' % big),
    ('%i', lambda: '%i' % (big,)),
    ('%s', lambda: '%s' % big),
    ('%x', lambda: '%x' % big),
    ('%o', lambda: '%o' % big),
    ("format ''", lambda: format(big, '')),
    ("format 'd'", lambda: format(big, 'd')),
    ("format ','", lambda: format(big, ',')),
    ("format '_'", lambda: format(big, '_')),
    ("format 'n'", lambda: format(big, 'n')),
    ("format 'x'", lambda: format(big, 'x')),
    ("format 'b'", lambda: format(big, '#b')),
    ('f-string', lambda: f'{big}'),
    ('str.format', lambda: '{:>10}'.format(big)),
    ('hex', lambda: hex(big)),
    ('oct', lambda: oct(big)),
    ('bin', lambda: bin(big)),
    ('bool', lambda: str(True)),
]:
    attempt(label, make)


class Int(int):
    pass


attempt('subclass', lambda: str(Int(big)))
attempt('in a list', lambda: repr([1, big]))

# parsing: digits are counted, underscores and signs and spaces are not
for label, text, base in [
    ('4300 digits', '1' * 4300, 10),
    ('4301 digits', '1' * 4301, 10),
    ('negative', '-' + '1' * 5000, 10),
    ('spaces', '  +' + '1' * 5000 + '\n', 10),
    ('underscores', '1_' * 4300 + '1', 10),
    ('zeros', '0' * 5000, 10),
    ('base 0', '1' * 5000, 0),
    ('base 0 leading zero', '0' + '1' * 5000, 0),
    ('base 7', '1' * 5000, 7),
    ('base 36', 'z' * 5000, 36),
    ('base 16', 'f' * 5000, 16),
    ('base 2', '1' * 5000, 2),
    ('base 8', '7' * 5000, 8),
    ('base 32', 'v' * 5000, 32),
    ('base 0 hex', '0x_' + 'f' * 5000, 0),
    ('base 0 binary', '0b' + '1' * 5000, 0),
    ('arabic-indic digits', '\u0661' * 5000, 10),
    # the digits are counted before the rest is looked at
    ('junk after', '1' * 5000 + 'x', 10),
    ('space then junk', '1' * 5000 + ' x', 10),
    ('digit too big for the base', '1' * 5000 + '9', 7),
    # ... but a bad underscore or a bad start is reported as an invalid literal
    ('junk first', 'x' + '1' * 5000, 10),
    ('double underscore', '1' * 2500 + '__' + '1' * 2500, 10),
    ('double underscore at the end', '1' * 5000 + '__', 10),
    ('trailing underscore', '1' * 5000 + '_', 10),
    ('underscore then junk', '1' * 5000 + '_x', 10),
    ('leading underscore', '_' + '1' * 5000, 10),
    ('sign then space', '- ' + '1' * 5000, 10),
]:
    try:
        value = int(text, base)
    except ValueError as e:
        print(label, '->', str(e)[:120], len(str(e)))
    else:
        print(label, '->', value.bit_length())

attempt('bytes', lambda: int(b'1' * 5000))
attempt('float is not limited', lambda: float('1' * 5000))

# setting the limit
for value in [100, 639, -1, '700', 5.0, 2 ** 70]:
    attempt('set %r' % (value,), lambda: sys.set_int_max_str_digits(value))
for call in [lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(700, 800),
             lambda: sys.set_int_max_str_digits(digits=700), lambda: sys.get_int_max_str_digits(1)]:
    attempt('call', call)
print(sys.get_int_max_str_digits())

sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt('640 digits', lambda: str(10 ** 640 - 1))
attempt('640 digits negative', lambda: str(-(10 ** 640 - 1)))
attempt('641 digits', lambda: str(10 ** 640))
attempt("641 digits format ','", lambda: format(10 ** 640, ','))
attempt('640 digits padded', lambda: format(10 ** 639, '0>2000d'))
attempt('parse 640', lambda: int('-' + '9' * 640))
attempt('parse 641', lambda: int('0' + '9' * 640))

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt('no limit', lambda: str(10 ** 20000))
attempt('no limit parse', lambda: int('7' * 20000))
sys.set_int_max_str_digits(False)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
attempt('default again', lambda: str(big))
