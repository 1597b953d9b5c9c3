# gettext: Plural-Forms expressions (C syntax, CPython's quirks kept: || and && give an operand's value,
# ! reaches over comparisons, / floors), their error messages, the length and nesting limits, and plural
# counts that are not ints.
import gettext
import io
import struct
import warnings

expressions = [
    'n != 1', 'n > 1', 'n', '0', '010', '  n  ', '(n)', '!n', '!!n', 'n<2?0:1', 'n>=2 ? n : 3',
    'n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
    '1?2:3?4:5', 'n<1?1:n<3?2:3', 'n>1 ? (n>5 ? 2 : 1) : 0', 'n>1>0', '1 < 2 == 1', 'n == 1 < 2', 'n==1==0',
    '(1-6)/4', '(1-6)%4', 'n+1*2', 'n-1-1', '(n+1)*2', 'n/3*3', 'n || 0 && 0', 'n && 7', '0 || n', 'n  ==   1',
    '!n+1', '!(n+1)', '!n ? 1 : 2', '!n == 0', '!n && 0', '!n || 5', '!n * 3', '!n < 1', '(n==1) + (n==2)',
    'n == 0 || 6 / n', 'n && 6 / n', 'n ? 6 / n : 0',
    # Errors: unknown characters and words, misplaced tokens, unbalanced parentheses, missing parts.
    '', 'x', 'nn', 'n1', '1n', '0x10', 'n.5', 'n;', 'n,1', 'n\t>\n1', 'n = 1', 'n = =1', 'n & 1', 'n | 1',
    'n&&&1', 'n ||| 1', '(n', 'n)', '((n)', '(n))', '(', ')', '()', 'n (', '1 ( 2', 'n +', 'n && ', '!', '?',
    'n ?', 'n ? 1', '1 ? 2', 'n : 1', 'n ? 1 : 2 : 3', 'n ? (1 : 2)', 'n>1 ? 1 ) ', 'n ? 1 : 2 )', '1 2',
    'n n', 'n n ,', '( ,', 'n ? ,', 'n**2', '-n', 'n == -1', '+n', 'n ! 1', 'n/0', 'n%0',
    'n+' * 499 + 'n', 'n+' * 500 + 'n', '(' * 300 + 'n' + ')' * 300,
]
for expression in expressions:
    try:
        plural = gettext.c2py(expression)
        print(repr(expression)[:60], [plural(n) for n in (0, 1, 2, 3, 5, 11, 22, 101, 111)])
    except (ValueError, ZeroDivisionError) as e:
        print(repr(expression)[:60], type(e).__name__, e)


def first_too_complex(build):
    for depth in range(1, 60):
        try:
            gettext.c2py(build(depth))
        except ValueError as e:
            return depth, str(e)
    return None


print(first_too_complex(lambda k: '(' * k + 'n' + ')' * k))
print(first_too_complex(lambda k: 'n' + '==1' * k))
print(first_too_complex(lambda k: 'n' + '<1' * k))
print(first_too_complex(lambda k: 'n' + '==1<1' * k))
print(first_too_complex(lambda k: 'n?' * k + '1' + ':0' * k))
print(first_too_complex(lambda k: '(' * k + 'n?1:0' + ')?1:0' * k))
print(first_too_complex(lambda k: '!(' * k + 'n' + ')' * k))
print(first_too_complex(lambda k: 'n<(' * k + '1' + ')' * k))
print(first_too_complex(lambda k: 'n?1:' * k + 'n'), first_too_complex(lambda k: '!' * k + 'n'),
      first_too_complex(lambda k: 'n' + '||1&&1' * k), first_too_complex(lambda k: 'n' + '==1&&n' * k))

# A count that is no int: a number works after a DeprecationWarning, anything else is a TypeError.
plural = gettext.c2py('n != 1')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(plural(1.0), plural(2.5))
print([(w.category.__name__, str(w.message)) for w in caught])
for bad in ('1', None, [1]):
    try:
        plural(bad)
    except TypeError as e:
        print('TypeError', e)

# Through a catalog's ngettext the warning names the caller's line (shown on stderr: DeprecationWarning
# is shown for code in __main__).
header = b'Plural-Forms: nplurals=2; plural=n>1;\n'
catalog = struct.pack('<7I', 0x950412de, 0, 2, 28, 44, 0, 0) + struct.pack('<4I', 0, 60, 3, 61) \
    + struct.pack('<4I', len(header), 65, 3, 66 + len(header)) + b'\0a\0b\0' + header + b'\0A\0B\0'
translations = gettext.GNUTranslations(io.BytesIO(catalog))
print(translations.ngettext('a', 'b', 1.0), translations.ngettext('a', 'b', 2), translations.info())
