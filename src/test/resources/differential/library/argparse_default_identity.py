# argparse counts an option against its exclusive group unless its value is the default object itself:
# a one-character slice is the shared singleton, as in CPython, so -y3 with default "3" conflicts with nothing
import argparse
p = argparse.ArgumentParser(prog='p')
g = p.add_mutually_exclusive_group()
g.add_argument('-x', action='store_true')
g.add_argument('-y', default='3')
print(p.parse_args(['-y3']))
try:
    p.parse_args(['-x', '-y3'])
except SystemExit as e:
    print('exit', e.code)
