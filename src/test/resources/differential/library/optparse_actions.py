# optparse: every action and type, dest inference, defaults, nargs, choices, interspersed arguments and
# "--", disable_interspersed_args, Values (repr, equality, ensure_value, updates from dicts, files and
# modules) and callback options.
import optparse
import os
import re
import shutil
import sys
import tempfile


def show(values, args):
    # Values' repr has an address: keep its shape, drop the number.
    print(re.sub(r'0x[0-9a-f]+', '0x...', repr(values)), args)


def build():
    p = optparse.OptionParser(prog='tool')
    p.add_option('-f', '--file', dest='filename', metavar='FILE')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
    p.add_option('-v', action='store_true', dest='verbose')
    p.add_option('-n', '--num', type='int', default=7)
    p.add_option('--ratio', type=float)
    p.add_option('--big', type='long')
    p.add_option('--z', type='complex')
    p.add_option('--mode', type='choice', choices=['fast', 'slow'])
    p.add_option('--color', choices=('red', 'blue'))
    p.add_option('-I', '--include', action='append')
    p.add_option('--debug', action='store_const', const=3, dest='level')
    p.add_option('--trace', action='store_const', const=5, dest='level')
    p.add_option('-x', action='count')
    p.add_option('--flag-a', action='append_const', const='a', dest='flags')
    p.add_option('--flag-b', action='append_const', const='b', dest='flags')
    p.add_option('--point', nargs=2, type='int')
    p.add_option('--string-default', default='12', type='int')
    p.add_option('--name', type=str)
    return p


p = build()
print(sorted(p.defaults.items(), key=lambda item: item[0]))
for argv in ([], ['-f', 'a.txt', 'pos1', '-q', 'pos2'], ['--file=b.txt', '-vn3', '--ratio', '2.5'],
             ['-n', '0x1f'], ['-n', '017'], ['-n', '0b101'], ['-n', '-12'], ['--big', '123456789012345678901234567890'],
             ['--z', '1+2j'], ['--mode', 'slow', '--color', 'blue'], ['-I', 'a', '-Ib', '--include=c'],
             ['--debug', '--trace', '--debug'], ['-xxx', '-x'], ['--flag-b', '--flag-a', '--flag-b'],
             ['--point', '3', '4'], ['--point=5', '6'], ['a', '--', '-v', '--num', 'b'], ['-', '-v'],
             ['--fi', 'abbrev.txt', '--qu'], ['--name', 'n'], ['-f-', '-f', '-q']):
    print(argv)
    show(*p.parse_args(argv))

# Without interspersed arguments the first non-option stops parsing.
p.disable_interspersed_args()
show(*p.parse_args(['-v', 'cmd', '-q', '--num', '1']))
p.enable_interspersed_args()
show(*p.parse_args(['-v', 'cmd', '-q', '--num', '1']))

# set_defaults, set_default, a Values of one's own, get_default_values.
p.set_defaults(verbose=False, num=99)
p.set_default('filename', 'default.txt')
show(*p.parse_args([]))
mine = optparse.Values({'num': 1, 'extra': 'kept'})
values, rest = p.parse_args(['-n', '5', 'r'], values=mine)
print(values is mine, mine.num, mine.extra, rest, hasattr(mine, 'verbose'))
print(p.get_default_values().num, p.get_default_values().string_default)

# Values: str, equality with Values and dicts, ensure_value.
v = optparse.Values({'a': 1})
print(str(v), v == optparse.Values({'a': 1}), v == {'a': 1}, v == {'a': 2}, v != 3)
print(v.ensure_value('a', 5), v.ensure_value('b', []), v.ensure_value('b', 'other'), str(v))
v.c = None
print(v.ensure_value('c', 0), str(optparse.Values()))


# Callbacks: with no value, with a typed value, with args and kwargs, and one eating the remaining args.
def record(option, opt_str, value, parser, *args, **kwargs):
    print('  callback', option.dest, opt_str, repr(value), args, sorted(kwargs.items()),
          parser.largs, parser.rargs)
    setattr(parser.values, option.dest or 'seen', value if value is not None else opt_str)


def rest_of_line(option, opt_str, value, parser):
    setattr(parser.values, option.dest, parser.rargs[:])
    del parser.rargs[:]


c = optparse.OptionParser(prog='cb')
c.add_option('--ping', action='callback', callback=record)
c.add_option('--size', action='callback', callback=record, type='int', dest='size',
             callback_args=(1, 2), callback_kwargs={'unit': 'kb'})
c.add_option('--pair', action='callback', callback=record, type='string', nargs=2, dest='pair')
c.add_option('--exec', action='callback', callback=rest_of_line, dest='command')
show(*c.parse_args(['a', '--ping', 'b', '--size', '10', '--pair', 'x', 'y', 'c', '--exec', 'ls', '-l', '--ping']))

# Options made apart and added, option look-up and removal, conflict resolution.
opt = optparse.make_option('-o', '--output', default='out')
print(str(opt), opt.dest, opt.type, opt.action, opt.nargs, opt.default, opt.get_opt_string(), opt.takes_value())
r = optparse.OptionParser(prog='r', conflict_handler='resolve', add_help_option=False)
r.add_option(opt)
print(r.get_option('-o') is opt, r.get_option('--output') is opt, r.has_option('-o'), r.has_option('-z'))
r.add_option('-o', '--other', action='store_true')
print(str(opt), r.get_option('-o').dest, [str(o) for o in r.option_list])
r.add_option('--output', dest='replaced')
print([str(o) for o in r.option_list])
r.remove_option('--other')
print([str(o) for o in r.option_list], r.has_option('-o'))
show(*r.parse_args(['--output', 'x']))
group = r.add_option_group('Extra', 'More options.')
group.add_option('-g', action='store_true')
print(r.get_option_group('-g') is group, r.get_option_group('--output'), sorted(r.defaults))
show(*r.parse_args(['-g']))

# Values updated from a dict, a Python file and a module: "careful" takes only names it has (not None ones),
# "loose" takes every name.

v = optparse.Values({'a': 1, 'b': 2, 'c': 3})
v._update_careful({'a': 10, 'b': None, 'z': 5})
print(v)
v._update_loose({'b': None, 'z': 5})
print(v)
v._update({'a': 0}, 'careful')
print(v)
try:
    v._update({}, 'odd')
except ValueError as e:
    print('ValueError', e)
directory = tempfile.mkdtemp()
try:
    with open(os.path.join(directory, 'optparse_settings.py'), 'w') as f:
        f.write('a = 42\nnew = "x"\nunset = None\n')
    w = optparse.Values({'a': 1, 'unset': 'kept'})
    w.read_file(os.path.join(directory, 'optparse_settings.py'))
    print(w)
    w.read_file(os.path.join(directory, 'optparse_settings.py'), mode='loose')
    print(w.a, w.new, w.unset, '__builtins__' in vars(w))
    sys.path.insert(0, directory)
    u = optparse.Values({'a': 1, 'new': None})
    u.read_module('optparse_settings')
    print(u)
    u.read_module('optparse_settings', 'loose')
    print(u.a, u.new, u.unset, u.__name__)
finally:
    sys.path.remove(directory)
    sys.modules.pop('optparse_settings', None)
    shutil.rmtree(directory)
