"""str.isdecimal, isdigit, isnumeric and isidentifier agree with unicodedata over every code point, and
names round-trip through lookup: counted, so that the model (Unicode 13.0.0) and CPython 3.11 (14.0.0)
print the same whatever characters their versions assign.
"""
import sys
import unicodedata

disagree = {'isdecimal': 0, 'isdigit': 0, 'isnumeric': 0, 'isidentifier': 0, 'lookup': 0}
for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    disagree['isdecimal'] += c.isdecimal() != (unicodedata.decimal(c, None) is not None)
    disagree['isdigit'] += c.isdigit() != (unicodedata.digit(c, None) is not None)
    disagree['isnumeric'] += c.isnumeric() != (unicodedata.numeric(c, None) is not None)
    if cp % 7 == 0:
        name = unicodedata.name(c, None)
        disagree['lookup'] += name is not None and unicodedata.lookup(name) != c
print(disagree)

# XID_Start and XID_Continue differ from ID_Start and ID_Continue where NFKC changes a character.
for c in '\u037a\u0e33\u0eb3\u2e2f\u309b\u309c\ufc5e\ufdfa\ufe70\ufe71\uff9e\u00b7\u0387\u1369\u2118\u212e\u309b\ufb01':
    print('%04X' % ord(c), c.isidentifier(), ('a' + c).isidentifier(), ('_' + c).isidentifier())
print('\u0663\u00b2\u00bd\u4e07'.isnumeric(), '\u0663'.isdecimal(), '\u00b2'.isdigit(), '\u00b2'.isdecimal(), '\u00bd'.isdigit())
print('\u2155x'.isalnum(), '\u4e07'.isalnum(), '\u0e33'.isalpha())
