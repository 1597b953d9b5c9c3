# argparse: subcommands (add_subparsers with dest, required, title, help, metavar, aliases), their
# set_defaults dispatch, their help and errors; parents=; FileType; fromfile_prefix_chars.
import os
os.environ['COLUMNS'] = '80'
import argparse
import io
import re
import sys


path = '/tmp/gil-lab-argparse-%d.txt' % os.getpid()


def shown(text):
    # function reprs and the temporary file's name differ from run to run
    return re.sub(r" at 0x[0-9a-f]+>", ">", text.replace(path, "PATH"))


def run(parser, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_known_args(argv) if known else parser.parse_args(argv)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(shown('%s -> %s' % (argv, result)))
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('--- %s' % name)
            print(shown(stream.getvalue()), end='')


def add(args):
    return sum(args.numbers)


def show(args):
    return 'showing %s' % args.name


p = argparse.ArgumentParser(prog='calc', description='A calculator with subcommands.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='what to do')
a = sub.add_parser('add', help='add numbers', aliases=['plus'])
a.add_argument('numbers', nargs='+', type=int)
a.add_argument('--debug', action='store_true', help='debug inside add')
a.set_defaults(func=add)
s = sub.add_parser('show', help='show a thing', description='Shows the named thing.')
s.add_argument('name')
s.add_argument('--fmt', choices=['plain', 'fancy'], default='plain')
s.set_defaults(func=show, command='SHOWN')
sub.add_parser('noop')
for argv in (['add', '1', '2'], ['plus', '3'], ['--debug', 'show', 'x', '--fmt', 'fancy'], [], ['mul', '1'],
             ['add'], ['show', 'x', '--fmt', 'ugly'], ['show', 'x', 'y'], ['noop'], ['-h'], ['add', '-h'],
             ['show', '--help'], ['add', 'x']):
    run(p, argv)
args = p.parse_args(['add', '4', '5'])
print(args.func(args))
args = p.parse_args(['show', 'it'])
print(args.func(args), args.command)
run(p, ['show', 'x', '--extra', 'noop'], known=True)

# required subcommands, a title and description, a metavar, dest=SUPPRESS
q = argparse.ArgumentParser(prog='git')
q.add_argument('-C', metavar='DIR')
commands = q.add_subparsers(title='commands', description='the git commands', metavar='CMD', required=True,
                            dest='cmd')
commit = commands.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commands.add_parser('status', help='show the status', aliases=['st', 'stat'])
for argv in ([], ['-h'], ['commit'], ['commit', '-m', 'msg'], ['st'], ['-C', 'dir', 'status', 'x']):
    run(q, argv)
r = argparse.ArgumentParser(prog='r')
rs = r.add_subparsers(required=True)
rs.add_parser('one')
rs.add_parser('two')
for argv in ([], ['three'], ['one'], ['-h']):
    run(r, argv)

# positionals before the subcommand go into its prog
t = argparse.ArgumentParser(prog='t')
t.add_argument('target')
ts = t.add_subparsers(dest='action')
go = ts.add_parser('go')
go.add_argument('--speed', type=int)
run(t, ['here', 'go', '--speed', '3'])
run(t, ['here', 'go', '--speed'])
sys.stderr = io.StringIO()
try:
    t.add_subparsers()
except SystemExit as e:
    print('SystemExit', e.code, repr(sys.stderr.getvalue()))
finally:
    sys.stderr = sys.__stderr__
try:
    ts.add_parser('go')
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# parents share their arguments and defaults
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
base_group = base.add_argument_group('logging')
base_group.add_argument('--log', default='info')
base_mx = base.add_mutually_exclusive_group()
base_mx.add_argument('--fast', action='store_true')
base_mx.add_argument('--safe', action='store_true')
base.set_defaults(origin='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
run(child, ['thing', '--log', 'debug'])
run(child, ['thing', '--fast', '--safe'])
run(child, ['-h'])

# FileType: '-' is stdin/stdout; a file that cannot be opened is an argument error
with open(path, 'w') as f:
    f.write('--name\nfrom-file\n')
u = argparse.ArgumentParser(prog='u', fromfile_prefix_chars='@')
u.add_argument('--input', type=argparse.FileType('r'))
u.add_argument('--output', type=argparse.FileType('w'))
u.add_argument('--name')
ns = u.parse_args(['--input', path, '--output', '-'])
print(ns.input.read().split(), ns.output is sys.stdout, ns.input.name == path)
ns.input.close()
print(u.parse_args(['--input', '-']).input is sys.stdin)
run(u, ['--input', path + '.missing'])
run(u, ['@' + path])
run(u, ['@' + path + '.missing'])
os.remove(path)
