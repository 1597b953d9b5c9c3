# argparse: parse_args over explicit lists: positionals and options, dest derivation, types, defaults,
# every store/append/count action, nargs, '--', -x=VAL and --long=VAL, -xVAL, combined short flags,
# prefix matching of long options, negative numbers, parse_known_args and Namespace.
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import sys


def run(parser, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_known_args(argv) if known else parser.parse_args(argv)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(argv, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('  %s: %r' % (name, stream.getvalue()))


p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num-items', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-v', '--verbose', action='count')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--level', action='store_const', const=10, default=0)
p.add_argument('-I', action='append', dest='includes', default=[])
p.add_argument('--str', dest='types', action='append_const', const=str)
p.add_argument('--int', dest='types', action='append_const', const=int)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
for argv in (['a'], ['a', 'b', '-n', '3', '--ratio', '2.5'], ['-vvv', 'a', '-q', '--no-cache'],
             ['--num-items=7', '-n8', '-n=9', 'x'], ['--num', '4', '--rat', '0.25', 'x'],
             ['-I', 'inc1', '-Iinc2', '-I=inc3', 'x', '--str', '--int', '--str'],
             ['x', '--ext', 'a', 'b', '--ext', 'c'], ['x', '--pair', 'k', 'v'], ['x', '--opt'],
             ['x', '--opt', 'val'], ['x', '--no-color'], ['x', '--color'], ['-qv', 'x'], ['-qvv', 'x'],
             ['--', '-x'], ['x', '--', '--y'], ['x', '--level'], ['-vq', '--', 'x', 'y']):
    run(p, argv)
print(p.get_default('num_items'), p.get_default('dst'), p.get_default('missing'))

# parse_known_args leaves what it does not know, in order
run(p, ['a', '--unknown', 'b', '-z', '--ratio', '1', 'c'], known=True)

# nargs: numbers, '*', '+', and positionals sharing the strings
q = argparse.ArgumentParser(prog='q')
q.add_argument('first', nargs=2)
q.add_argument('middle', nargs='*')
q.add_argument('last')
q.add_argument('--opts', nargs='*', default=['d'])
q.add_argument('--one', nargs=1)
for argv in (['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], ['a', 'b', '--opts', 'c'], ['a', 'b', 'c', '--opts'],
             ['--one', 'x', 'a', 'b', 'c'], ['a', 'b', '--opts', 'x', 'y', '--', 'z']):
    run(q, argv)

r = argparse.ArgumentParser(prog='r')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['go', '--x', 'y', 'z'])

# negative numbers are arguments unless an option looks like one
s = argparse.ArgumentParser(prog='s')
s.add_argument('-x', type=int)
s.add_argument('nums', nargs='*', type=float)
run(s, ['-x', '-3', '-1.5', '-2'])
t = argparse.ArgumentParser(prog='t')
t.add_argument('-1', dest='one', action='store_true')
t.add_argument('n', nargs='?')
run(t, ['-1'])

# set_defaults, argument_default, a string default goes through type=
u = argparse.ArgumentParser(prog='u', argument_default=argparse.SUPPRESS)
u.add_argument('--a', type=int)
u.add_argument('--b', type=int, default='42')
u.set_defaults(extra='yes', b='17')
run(u, [])
run(u, ['--a', '1'])
v = argparse.ArgumentParser(prog='v')
v.add_argument('--size', type=int, default='5')
v.add_argument('--words', type=str.upper, default='hi')
run(v, [])

# allow_abbrev=False, prefix_chars, custom type functions and ArgumentTypeError
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is not even' % text)
    return value

w = argparse.ArgumentParser(prog='w', allow_abbrev=False, prefix_chars='-+')
w.add_argument('--verbose', action='store_true')
w.add_argument('+e', '++even', type=even)
run(w, ['++even', '4'])
run(w, ['+e', '3'])
run(w, ['--verb'])

# Namespace
ns = argparse.Namespace(a=1, b=[2])
print(ns, ns == argparse.Namespace(a=1, b=[2]), ns != argparse.Namespace(a=1), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'with-dash': 1, 'ok': 2}), argparse.Namespace() == {}, argparse.Namespace())
ns2 = argparse.Namespace(src='preset', extra=1)
print(p.parse_args(['a'], namespace=ns2) is ns2, ns2)
print(repr(p._actions[2]))
print(repr(p))
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType(), argparse.FileType('rb', 0, errors='x'))
