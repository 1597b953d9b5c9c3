# argparse: -h output and usage lines byte for byte at COLUMNS=80: wrapping of long usage lines (short
# and long prog names), help columns, argument groups, mutually exclusive groups, metavars, choices,
# %(default)s and %(prog)s, SUPPRESS, the four formatter classes, version, epilog, custom usage.
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys
import textwrap


def show(parser, argv=('-h',)):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        parser.parse_args(list(argv))
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print('=== %s %s -> exit %r' % (parser.prog, ' '.join(argv), code))
    print(out.getvalue(), end='')
    if err.getvalue():
        print('--- stderr')
        print(err.getvalue(), end='')


p = argparse.ArgumentParser(prog='backup', description='''Copy files to a backup location, keeping
    several generations of each file and pruning the oldest ones when the disk fills up.''',
                            epilog='Report bugs to nobody; %(prog)s has none.')
p.add_argument('sources', nargs='+', metavar='SRC', help='files or directories to back up')
p.add_argument('dest', help='where the backups go')
p.add_argument('-g', '--generations', type=int, default=5, help='how many generations to keep (default: %(default)s)')
p.add_argument('--compression-level-for-archives', type=int, choices=range(1, 4), default=2,
               help='one of %(choices)s')
p.add_argument('-x', '--exclude', action='append', default=[], metavar='PATTERN',
               help='a glob pattern of files to skip; may be given more than once, and every pattern is matched '
                    'against the path relative to the source')
p.add_argument('--dry-run', action='store_true', help='print what would happen, change nothing')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--maybe', nargs='?')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=int)
p.add_argument('--version', action='version', version='%(prog)s 2.1')
p.add_argument('--color', action=argparse.BooleanOptionalAction, help='colored output')
g = p.add_argument_group('network', 'Options for backing up to a remote host over a long and winding network.')
g.add_argument('--host', default='localhost')
g.add_argument('--port', type=int, default=22, help='ssh port')
m = p.add_mutually_exclusive_group()
m.add_argument('-v', '--verbose', action='store_true')
m.add_argument('-q', '--quiet', action='store_true')
show(p)
show(p, ['--version'])
show(p, ['a'])
print(repr(p.format_usage()))

# a required mutually exclusive group, a group in an argument group, positional choices
q = argparse.ArgumentParser(prog='q', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument('mode', choices=['read', 'write'], help='the mode')
q.add_argument('level', nargs='?', default=3, type=int, help='level')
q.add_argument('rest', nargs='*', help='the rest')
q.add_argument('--name', default='anon', help='a name')
q.add_argument('--flag', action='store_true', help='a flag')
q.add_argument('--nohelp', default=1)
q.add_argument('--already', default=9, help='shown: %(default)s')
req = q.add_mutually_exclusive_group(required=True)
req.add_argument('--json', action='store_true', help='as JSON')
req.add_argument('--csv', action='store_true', help='as CSV')
out = q.add_argument_group('output')
ex = out.add_mutually_exclusive_group()
ex.add_argument('--to-file', metavar='FILE')
ex.add_argument('--to-stdout', action='store_true')
show(q)
show(q, ['read'])

# raw formatters keep line breaks; MetavarTypeHelpFormatter names values by type
text = textwrap.dedent('''\
    First line, kept as is.
        An indented line.

    After a blank line.''')
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.HelpFormatter):
    r = argparse.ArgumentParser(prog='raw', description=text, epilog=text, formatter_class=cls)
    r.add_argument('--opt', help='help with\n  its own\nline breaks')
    show(r)
mt = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument('n', type=int)
mt.add_argument('--ratio', type=float)
show(mt)

# usage wrapping: many options, long positionals, a prog name too long to indent after
long_p = argparse.ArgumentParser(prog='tool', add_help=False)
for i in range(12):
    long_p.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
long_p.add_argument('input_file_with_a_long_name')
long_p.add_argument('output_file_with_a_long_name', nargs='?')
show(long_p, ['--option-1'])
only_pos = argparse.ArgumentParser(prog='only', add_help=False)
for i in range(10):
    only_pos.add_argument('positional_number_%d' % i)
show(only_pos, [])
huge = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-most-of-the-usage-line-x')
for i in range(6):
    huge.add_argument('--opt%d' % i)
huge.add_argument('target')
show(huge)
huge2 = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-most-of-the-usage-line-x')
huge2.add_argument('--o')
show(huge2)

# custom usage, add_help=False, usage=SUPPRESS, empty parser, '%(prog)s' in usage
c = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE', add_help=False, description='d')
c.add_argument('--x')
show(c, ['--y'])
print(repr(argparse.ArgumentParser(prog='empty', add_help=False).format_help()))
print(repr(argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS).format_help()))

# narrower and wider terminals: argparse asks shutil each time a formatter is made
for columns in ('40', '120', '0', 'junk'):
    os.environ['COLUMNS'] = columns
    print(columns, repr(p.format_usage()))
os.environ['COLUMNS'] = '50'
show(q)
os.environ['COLUMNS'] = '80'
w = argparse.ArgumentParser(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
w.add_argument('--a-fairly-long-option', help='some help that wraps at sixty columns in this formatter for sure')
show(w)
