# differential: args --count 3 -vv --mode=fast input.txt more.txt -- -literal
# argparse reading the real command line: parse_args() with no list takes sys.argv[1:], and the
# default prog is the script's file name.
import os
os.environ['COLUMNS'] = '80'
import argparse
import sys

print(sys.argv[1:])
parser = argparse.ArgumentParser(description='Counts things in files.')
parser.add_argument('files', nargs='+')
parser.add_argument('-c', '--count', type=int, default=1)
parser.add_argument('-v', '--verbose', action='count', default=0)
parser.add_argument('--mode', choices=['fast', 'slow'])
args = parser.parse_args()
print(args)
print(parser.prog, vars(parser.parse_known_args()[0]) == vars(args))
parser.print_usage()
