# differential: args sub --help
# -h with nothing catching it: a subcommand's help on stdout, then exit status 0.
import os
os.environ['COLUMNS'] = '80'
import argparse

parser = argparse.ArgumentParser(description='Top level.')
commands = parser.add_subparsers(dest='command')
sub = commands.add_parser('sub', help='the subcommand', description='What sub does, at some length so that '
                          'the description has to be wrapped over more than one line of the help.')
sub.add_argument('--level', type=int, default=2, help='how deep (default: %(default)s)')
parser.parse_args()
print('not reached')
