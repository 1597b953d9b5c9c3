# argparse: the error path (usage and "prog: error: ..." on stderr, SystemExit(2)) for each kind of bad
# command line, exit_on_error=False's ArgumentError, and the errors add_argument raises itself.
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(argv)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    except argparse.ArgumentError as e:
        result = 'ArgumentError(%r, %r): %s' % (e.argument_name, e.message, e)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(argv, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('  %s: %r' % (name, stream.getvalue()))


def build(**kwargs):
    p = argparse.ArgumentParser(prog='prog', **kwargs)
    p.add_argument('count', type=int)
    p.add_argument('--size', type=float, required=True)
    p.add_argument('--kind', choices=['a', 'b'])
    p.add_argument('--pair', nargs=2)
    p.add_argument('--some', nargs='+')
    p.add_argument('--maybe', nargs='?', type=int)
    p.add_argument('--flag', action='store_true')
    p.add_argument('--verbose', action='store_true')
    p.add_argument('--version', action='store_true')
    p.add_argument('-a', action='store_true')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--up', action='store_true')
    g.add_argument('--down', action='store_true')
    return p


p = build()
for argv in ([], ['1'], ['x', '--size', '1'], ['1', '--size', 'big'], ['1', '--size'], ['1', '--size', '1', '--kind', 'c'],
             ['1', '--size', '1', '--pair', 'x'], ['1', '--size', '1', '--some'], ['1', '--size', '1', '--up', '--down'],
             ['1', '--size', '1', 'extra', 'more'], ['1', '--size', '1', '--bogus'], ['1', '--size', '1', '--ver'],
             ['1', '--size', '1', '--flag=yes'], ['1', '--size', '1', '-ax'], ['1', '--size', '1', '--maybe', '1', '2'],
             ['1', '--size=', '2'], ['--size', '1', '--', '2', '3'], ['1', '--size', '1', '--maybe', 'x']):
    run(p, argv)

# exit_on_error=False: the parsing errors are raised; missing arguments and leftovers still exit
q = build(exit_on_error=False)
for argv in (['x', '--size', '1'], ['1', '--size', '1', '--kind', 'c'], ['1', '--size', '1', '--up', '--down'],
             ['1'], ['1', '--size', '1', 'extra'], ['1', '--size', '1', '--ver']):
    run(q, argv)

# a required mutually exclusive group; argument names in messages
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--one', action='store_true')
g.add_argument('--two', metavar='T')
g.add_argument('--hidden', help=argparse.SUPPRESS)
r.add_argument('pos', metavar='POSITION', nargs=2)
for argv in (['a', 'b'], ['a', 'b', '--one', '--two', 'x'], ['--one']):
    run(r, argv)

# custom error(): a subclass may raise instead of exiting
class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)

s = Raising(prog='s')
s.add_argument('n', type=int)
try:
    s.parse_args(['z'])
except ValueError as e:
    print('ValueError:', e)

# parser.exit and print_usage/print_help to a file
t = argparse.ArgumentParser(prog='t', description='desc')
buf = io.StringIO()
t.print_usage(buf)
t.print_help(buf)
print(repr(buf.getvalue()))
sys.stderr = io.StringIO()
try:
    t.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code, repr(sys.stderr.getvalue()))
finally:
    sys.stderr = sys.__stderr__

# mistakes in add_argument itself
u = argparse.ArgumentParser(prog='u')
u.add_argument('--x')
attempts = [
    (('--x',), {}), (('-y', '--x'), {}), (('pos',), {'required': True}), (('pos',), {'dest': 'd'}),
    (('x',), {'nargs': 0}), (('--z',), {'nargs': 0}), (('--z',), {'const': 1}), (('--z',), {'action': 'nonsense'}),
    (('--z',), {'type': 'int'}), (('--z',), {'type': argparse.FileType}), (('--z',), {'nargs': 2, 'metavar': ('A',)}),
    (('z',), {'nargs': 'x'}), (('+z',), {}), (('--',), {}), (('--z',), {'action': 'append', 'nargs': 0}),
]
for args, kwargs in attempts:
    try:
        u.add_argument(*args, **kwargs)
        print(args, kwargs, 'accepted')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(args, kwargs, type(e).__name__, e)
mx = u.add_mutually_exclusive_group()
try:
    mx.add_argument('--req', required=True)
except ValueError as e:
    print('ValueError', e)
try:
    argparse.ArgumentParser(conflict_handler='maybe')
except ValueError as e:
    print('ValueError', e)

# conflict_handler='resolve' lets a later option take an option string over
v = argparse.ArgumentParser(prog='v', conflict_handler='resolve')
v.add_argument('-f', '--foo', help='old foo')
v.add_argument('--foo', help='new foo')
v.add_argument('-h', '--help-me', action='store_true', help='replaces -h')
run(v, ['-f', '1', '--foo', '2', '-h'])
run(v, ['--help'])
print(v.format_help())
