# optparse: IndentedHelpFormatter's and TitledHelpFormatter's exact layout (usage with %prog, description,
# epilog, groups, SUPPRESS_HELP, SUPPRESS_USAGE, %default, metavar, overlong option strings), the width
# taken from COLUMNS when the formatter is made, and the help and version actions (which exit 0).
import optparse
import os
import sys

os.environ.pop('COLUMNS', None)


def build(**kwargs):
    p = optparse.OptionParser(prog='tool', version='%prog 2.1', usage='%prog [options] FILE...',
                              description='Reads each FILE and reports on it. This description is long enough '
                                          'that it has to be wrapped over several lines of help.',
                              epilog='See the manual of %prog for more.', **kwargs)
    p.add_option('-o', '--output', metavar='PATH', default='out.txt', help='write the report to PATH [default: %default]')
    p.add_option('-v', '--verbose', action='store_true', help='say more about what is being done while it is done, '
                                                                'at every step of the way')
    p.add_option('--secret', help=optparse.SUPPRESS_HELP)
    p.add_option('--undocumented-and-rather-long-option', type='int')
    p.add_option('-l', '--level', type='choice', choices=['a', 'b'], help='level (default %default)')
    p.add_option('-p', nargs=2, type='float', help='a point')
    group = optparse.OptionGroup(p, 'Advanced options', 'Caution: these options change how the reports are '
                                                        'laid out, and some of them are slow.')
    group.add_option('-w', '--width', type='int', default=72, help='line width')
    group.add_option('--no-header', action='store_false', dest='header', help='')
    p.add_option_group(group)
    p.add_option_group('Empty group')
    return p


for columns in (None, '50', '120', 'wide', '30'):
    if columns is None:
        os.environ.pop('COLUMNS', None)
    else:
        os.environ['COLUMNS'] = columns
    print('--- COLUMNS', columns)
    build().print_help()

os.environ.pop('COLUMNS', None)
p = build(formatter=optparse.TitledHelpFormatter())
print(p.format_help(), end='')
print(repr(p.format_option_help()))
print(repr(p.get_usage()), repr(p.get_version()), repr(p.get_prog_name()))

narrow = optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60, short_first=0)
narrow.set_long_opt_delimiter(' ')
narrow.set_short_opt_delimiter('')
build(formatter=narrow).print_help(sys.stdout)

# Usage: a given "usage: " prefix is dropped, SUPPRESS_USAGE prints none, print_usage adds a blank line.
for usage in (None, 'usage: %prog ARG', 'Usage: %prog two', optparse.SUPPRESS_USAGE):
    q = optparse.OptionParser(prog='u', usage=usage, add_help_option=False)
    print(repr(q.format_help()), repr(q.get_usage()))
    q.print_usage()
q = optparse.OptionParser(prog='u', usage='%prog', add_help_option=False)
q.add_option_group('Only a group').add_option('-z', help='zed')
print(repr(q.format_help()))

# -h and --version print to stdout and exit with status 0; without a version, print_version prints nothing.
for argv in (['-h'], ['--version'], ['--help', '--version']):
    try:
        build().parse_args(argv)
    except SystemExit as e:
        print('exit', repr(e.code))
optparse.OptionParser(prog='none').print_version()
p = build()
p.set_default('output', 'changed.txt')
p.formatter.default_tag = None
print(p.format_help().splitlines()[8])
p.formatter.default_tag = '%default'
print(p.format_help().splitlines()[8])
