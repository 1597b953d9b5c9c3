"""unicodedata: names, lookup with aliases and named sequences, properties, numeric values, normalization.

The model answers from Unicode 13.0.0 and CPython 3.11 from 14.0.0: only characters whose properties
are the same in both are asked about.
"""
import unicodedata


def show(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


samples = ['A', 'z', '0', '\u00e9', '\u00bd', '\u0301', '\u05d0', '(', '\u4e00', '\uac00', '\uac01', '\ud7a3', '\ufb01',
           '\u2167', '\u00b2', '\u0663', '\u4e07', '\U0001f600', '\U00020000', '\u3000', '\uff21', '\n', ' ', '\u200d',
           '\u0378', '\ue000', '\ud800', '\u2155', '\u0f33', '\U0001d7ce', '\u3405', '\u216c']
for c in samples:
    print('%04X' % ord(c), unicodedata.name(c, None), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.east_asian_width(c), unicodedata.decimal(c, None), unicodedata.digit(c, None),
          unicodedata.numeric(c, None))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter E With Acute', 'HANGUL SYLLABLE GAG',
             'HANGUL SYLLABLE PWILH', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-20000', 'LINE FEED', 'line feed',
             'NUL', 'BYTE ORDER MARK', 'LATIN CAPITAL LETTER GHA', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'KEYCAP NUMBER SIGN', 'hangul syllable ga', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-0041',
             'LINE FEED (LF)', ' LATIN SMALL LETTER A', 'NOPE', 'x' * 256, 'x' * 257, b'SPACE', memoryview(b'SPACE'),
             bytearray(b'SPACE'), 1]:
    show('lookup %s %.40r' % (type(name).__name__, name if isinstance(name, (str, bytes)) else None),
         lambda: unicodedata.lookup(name))

print(ascii('\N{LATIN SMALL LETTER A}\N{latin capital letter gha}\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}'
            '\N{LINE FEED}\N{BOM}'))
for source in ['"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', '"\\N{hangul syllable ga}"', '"\\N{NO SUCH NAME}"',
               '"\\N{LINE FEED (LF)}"']:
    show('compile %s' % source, lambda: eval(source))

for function in [unicodedata.decimal, unicodedata.digit, unicodedata.numeric]:
    for c in ['7', '\u00b2', '\u00bd', 'x', '\u4e07', '\u2460']:
        show('%s %r' % (function.__name__, c), lambda: function(c))
    show(function.__name__ + ' default', lambda: function('x', 'none'))
    show(function.__name__ + ' str', lambda: function('ab'))
    show(function.__name__ + ' none', lambda: function())
    show(function.__name__ + ' three', lambda: function('1', 2, 3))
    show(function.__name__ + ' keyword', lambda: function(chr='1'))

for function in [unicodedata.category, unicodedata.bidirectional, unicodedata.combining, unicodedata.mirrored,
                 unicodedata.east_asian_width, unicodedata.decomposition]:
    show(function.__name__ + ' empty', lambda: function(''))
    show(function.__name__ + ' int', lambda: function(65))
    show(function.__name__ + ' none', lambda: function())
show('name', lambda: unicodedata.name('\n'))
show('name default', lambda: unicodedata.name('\n', 5))
show('name str', lambda: unicodedata.name('ab'))
show('name none', lambda: unicodedata.name())
show('name three', lambda: unicodedata.name('a', 'b', 'c'))
show('lookup none', lambda: unicodedata.lookup())

text = 'Caf\u00e9 \ufb01 \u2167 \uac00 e\u0301 \u1e9b\u0323 \u212b'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    normal = unicodedata.normalize(form, text)
    print(form, ascii(normal), unicodedata.is_normalized(form, text), unicodedata.is_normalized(form, normal))
plain = 'plain ascii'
print(unicodedata.normalize('NFC', plain) is plain)
show('normalize form', lambda: unicodedata.normalize('NFX', 'a'))
show('normalize lower', lambda: unicodedata.normalize('nfc', 'a'))
show('is_normalized form', lambda: unicodedata.is_normalized('NFX', 'a'))
show('normalize bytes', lambda: unicodedata.normalize(b'NFC', 'a'))
show('normalize arg 2', lambda: unicodedata.normalize('NFC', b'a'))
show('is_normalized arg 2', lambda: unicodedata.is_normalized('NFC', 1))
show('normalize one', lambda: unicodedata.normalize('NFC'))
print(type(unicodedata.unidata_version).__name__, unicodedata.unidata_version.count('.'))
