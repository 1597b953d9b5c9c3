"""Writes the Unicode tables the model's unicodedata needs beyond what java.lang.Character knows.

Java 17's Character data is Unicode 13.0.0, so the tables are Unicode 13.0.0 too: the characters
assigned by 13.0 (DerivedAge.txt), and for them the canonical combining classes, East Asian widths,
decomposition mappings, numeric values, name aliases and named sequences. The input is a Unicode
Character Database of 13.0 or later (Debian's unicode-data package: /usr/share/unicode); the
properties written are stable across versions for characters that already existed.

    python3 src/tools/ucd_tables.py /usr/share/unicode > src/main/resources/org/gillab/model/ucd/unicode-13.0.0.txt
"""

import sys

VERSION = (13, 0)


def records(path):
    """The data lines of a UCD file: fields split at ';', comments and blanks dropped."""
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(';')]


def code_range(text):
    first, _, last = text.partition('..')
    return int(first, 16), int(last or first, 16)


def runs(values):
    """(first, last, value) for each run of consecutive code points with one value, from {cp: value}."""
    out = []
    for cp in sorted(values):
        if out and out[-1][1] == cp - 1 and out[-1][2] == values[cp]:
            out[-1][1] = cp
        else:
            out.append([cp, cp, values[cp]])
    return out


def main(ucd):
    old = set()
    for fields in records(ucd + '/DerivedAge.txt'):
        if tuple(map(int, fields[1].split('.'))) <= VERSION:
            first, last = code_range(fields[0])
            old.update(range(first, last + 1))
    assigned = set()
    combining, decomposition, numeric = {}, {}, {}
    first_of_range = None
    for fields in records(ucd + '/UnicodeData.txt'):
        cp = int(fields[0], 16)
        if fields[1].endswith(', First>'):
            first_of_range = cp
            continue
        cps = range(first_of_range, cp + 1) if fields[1].endswith(', Last>') else [cp]
        for c in cps:
            if c in old:
                assigned.add(c)
                if fields[3] != '0':
                    combining[c] = fields[3]
                if fields[5]:
                    decomposition[c] = fields[5]
                if fields[6] or fields[7]:
                    numeric[c] = [fields[6] or '-', fields[7] or '-', None]
    for fields in records(ucd + '/extracted/DerivedNumericValues.txt'):
        first, last = code_range(fields[0])
        for c in range(first, last + 1):
            if c in assigned:
                numeric.setdefault(c, ['-', '-', None])[2] = fields[3]
    widths = {}
    for fields in records(ucd + '/EastAsianWidth.txt'):
        first, last = code_range(fields[0])
        for c in range(first, last + 1):
            if c in assigned and fields[1] != 'N':
                widths[c] = fields[1]
    print('# Unicode 13.0.0 tables for the model\'s unicodedata, written by src/tools/ucd_tables.py: the kinds of line are')
    print('# A first last (assigned characters), C first last class (canonical combining class), W first last width')
    print('# (East Asian width other than N), D cp mapping (decomposition), N cp decimal digit numeric, L alias;cp, S name;cps')
    for first, last, _ in runs({c: True for c in assigned}):
        print('A %04X %04X' % (first, last))
    for first, last, value in runs(combining):
        print('C %04X %04X %s' % (first, last, value))
    for first, last, value in runs(widths):
        print('W %04X %04X %s' % (first, last, value))
    for c in sorted(decomposition):
        print('D %04X %s' % (c, decomposition[c]))
    for c in sorted(numeric):
        print('N %04X %s %s %s' % (c, *numeric[c]))
    for fields in records(ucd + '/NameAliases.txt'):
        if int(fields[0], 16) in assigned:
            print('L %s;%s' % (fields[1], fields[0]))
    for fields in records(ucd + '/NamedSequences.txt'):
        if all(int(c, 16) in assigned for c in fields[1].split()):
            print('S %s;%s' % (fields[0], fields[1]))


main(sys.argv[1])
