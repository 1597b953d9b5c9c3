# argparse extended by programs: Action subclasses, registered types and actions, formatter subclasses
# (and mixtures of the documented ones), convert_arg_line_to_args, prefix_chars without '-', error().
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
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(argv, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('--- %s' % name)
            print(stream.getvalue(), end='')


class KeyValue(argparse.Action):
    """--set k=v, into a dict."""

    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError('nargs not allowed')
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if '=' not in values:
            raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % values)
        key, value = values.split('=', 1)
        settings = dict(getattr(namespace, self.dest) or {})
        settings[key] = value
        setattr(namespace, self.dest, settings)
        print('called with', option_string, values)


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, [v.upper() for v in values])


def pair(text):
    a, b = text.split(',')  # a ValueError for the wrong count of commas
    return int(a), int(b)


p = argparse.ArgumentParser(prog='custom')
p.register('type', 'pair', pair)
p.register('action', 'kv', KeyValue)
p.add_argument('--set', action='kv', metavar='KEY=VALUE', help='set a key')
p.add_argument('--point', type='pair')
p.add_argument('--span', type=pair)
p.add_argument('--bad', type=len)
p.add_argument('words', nargs='*', action=Upper)
for argv in (['--set', 'a=1', '--set', 'b=2', 'x', 'y'], ['--set', 'nokey'], ['--point', '1,2'], ['--point', '1'],
             ['--span', '3,4'], ['--span', '1,2,3'], ['--bad', 'abc'], ['-h']):
    run(p, argv)
try:
    p.add_argument('--oops', action=KeyValue, nargs=2)
except ValueError as e:
    print('ValueError', e)
print(repr(p._actions[1]))


class Compact(argparse.HelpFormatter):
    """'-o, --output FILE' rather than '-o FILE, --output FILE'."""

    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(action.option_strings) + ' ' + args


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


for cls in (Compact, Both):
    q = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description='Line one\n  line two')
    q.add_argument('-o', '--output', default='out.txt', help='where')
    q.add_argument('-n', '--dry-run', action='store_true', help='pretend')
    q.add_argument('--version', action='version', version='fmt 1.0 ' + 'with a very long version text ' * 4)
    run(q, ['-h'])
    run(q, ['--version'])


class Splitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


path = '/tmp/gil-lab-argparse-custom-%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('--alpha 1 --beta 2\n\n  pos\n')
s = Splitting(prog='split', fromfile_prefix_chars='@')
s.add_argument('--alpha')
s.add_argument('--beta')
s.add_argument('pos')
print(s.parse_args(['@' + path]))
os.remove(path)

# prefix_chars without '-': the help option follows the first prefix char
t = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
t.add_argument('+f', '++foo', action='store_true')
t.add_argument('/b', dest='bar')
run(t, ['+f', '/b', 'x'])
run(t, ['+h'])
run(t, ['-f'])

# a program calling error() itself after parsing, as the docs suggest for checks argparse cannot make
u = argparse.ArgumentParser(prog='check')
u.add_argument('--low', type=int, default=0)
u.add_argument('--high', type=int, default=10)
args = u.parse_args(['--low', '5', '--high', '2'])
sys.stderr = io.StringIO()
try:
    if args.low > args.high:
        u.error('--low must not exceed --high')
except SystemExit as e:
    print('SystemExit', e.code, repr(sys.stderr.getvalue()))
finally:
    sys.stderr = sys.__stderr__
