# differential: args input.txt --count many
# argparse's error path with nothing catching it: the usage and "prog: error: ..." on stderr, and
# exit status 2.
import os
os.environ['COLUMNS'] = '80'
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('file')
parser.add_argument('--count', type=int, default=1)
print('parsing')
parser.parse_args()
print('not reached')
