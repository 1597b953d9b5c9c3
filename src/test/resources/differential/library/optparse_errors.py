# optparse: the error path (usage and "prog: error: msg" on stderr, exit status 2) for each kind of bad
# command line, errors raised from callbacks and check_values, the OptionError messages of badly built
# options, and the exception classes themselves.
import optparse
import re
import sys


def build(**kwargs):
    p = optparse.OptionParser(prog='prog', **kwargs)
    p.add_option('-w', '--width', type='int')
    p.add_option('-r', '--ratio', type='float')
    p.add_option('-z', type='complex')
    p.add_option('--mode', choices=['fast', 'slow'])
    p.add_option('-p', '--point', nargs=2, type='int')
    p.add_option('--verbose', action='store_true')
    p.add_option('--version-check', action='store_true')
    return p


def run(parser, argv):
    sys.stdout.flush()
    try:
        values, args = parser.parse_args(argv)
        print(argv, '->', sorted((k, v) for k, v in vars(values).items() if v is not None), args)
    except SystemExit as e:
        sys.stderr.flush()
        print(argv, '-> exit', e.code)


p = build()
for argv in (['-x'], ['--nope'], ['-wx'], ['-w', 'abc'], ['--width=1.5'], ['-r', 'one'], ['-z', '1+'], ['-w'],
             ['--width'], ['-p', '1'], ['--point=1'], ['--mode', 'medium'], ['--verbose=yes'], ['--ver'],
             ['--v'], ['--verb'], ['-w', '-3', '-p', '1', '2', 'rest'], ['-', '--', '-x']):
    run(p, argv)
run(build(usage=optparse.SUPPRESS_USAGE), ['-q'])
run(build(usage='%prog [-w N] FILE'), ['-q'])


def reject(option, opt_str, value, parser):
    raise optparse.OptionValueError('%s: %d is out of range' % (opt_str, value))


c = build()
c.add_option('--pick', action='callback', type='int', callback=reject)
run(c, ['--pick', '3'])


class Checked(optparse.OptionParser):
    def check_values(self, values, args):
        if not args:
            self.error('a FILE is required')
        return values, args


run(Checked(prog='checked'), [])
run(Checked(prog='checked'), ['f'])
try:
    p.error('custom message')
except SystemExit as e:
    print('error exit', e.code)
try:
    p.exit(3, 'leaving\n')
except SystemExit as e:
    print('exit exit', e.code)
try:
    p.exit()
except SystemExit as e:
    print('plain exit', e.code)

# Options built wrongly: each check's OptionError message.
bad = [((), {}), (('x',), {}), (('-xy',), {}), (('--',), {}), (('---x',), {}), (('-',), {}),
       (('-a',), {'action': 'jump'}), (('-a',), {'type': 'date'}), (('-a',), {'action': 'count', 'type': 'int'}),
       (('-a',), {'type': 'choice'}), (('-a',), {'choices': 'ab'}), (('-a',), {'type': 'int', 'choices': ['1']}),
       (('-a',), {'const': 1}), (('-a',), {'action': 'store_true', 'nargs': 2}), (('-a',), {'action': 'callback'}),
       (('-a',), {'action': 'callback', 'callback': print, 'callback_args': [1]}),
       (('-a',), {'action': 'callback', 'callback': print, 'callback_kwargs': [1]}),
       (('-a',), {'callback': len}), (('-a',), {'callback_args': (1,)}), (('-a',), {'callback_kwargs': {}}),
       (('-a', '--all'), {'colour': 1, 'bogus': 2}), (('-a',), {'type': int}), (('-a',), {'type': str}),
       (('-a',), {'type': list})]
for args, kwargs in bad:
    try:
        option = optparse.Option(*args, **kwargs)
        print(args, kwargs, 'ok', option.type, option.dest)
    except (optparse.OptionError, TypeError) as e:
        print(args, kwargs, type(e).__name__, e)

# Conflicts, wrong arguments to add_option and add_option_group, removing what is not there.
p = build()
for args, kwargs in [(('-w',), {}), (('--width', '--mode', '-q'), {}), ((42,), {}), (('-q',), {'bad': 1})]:
    try:
        p.add_option(*args, **kwargs)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_option(optparse.Option('-k'), optparse.Option('-j'))
except TypeError as e:
    print('TypeError', e)
for group in ('not a group', optparse.OptionGroup(build(), 'other parser')):
    try:
        p.add_option_group(group) if not isinstance(group, str) else p.add_option_group(1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.remove_option('--missing')
except ValueError as e:
    print('ValueError', e)
try:
    optparse.OptionParser(conflict_handler='ignore')
except ValueError as e:
    print('ValueError', e)
try:
    optparse.HelpFormatter(2, 24, 80, 1).format_usage('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
for delimiter in ('-', ':'):
    try:
        optparse.IndentedHelpFormatter().set_short_opt_delimiter(delimiter)
    except ValueError as e:
        print('ValueError', e)
    try:
        optparse.IndentedHelpFormatter().set_long_opt_delimiter(delimiter)
    except ValueError as e:
        print('ValueError', e)
option = optparse.Option('-a', '--all')
try:
    option.take_action('jump', 'all', '-a', None, optparse.Values(), p)
except ValueError as e:
    print('ValueError', e)

# The exceptions: hierarchy, str, args and attributes.
errors = [optparse.OptParseError('plain'), optparse.OptionError('broken', option),
          optparse.OptionError('no option', None), optparse.OptionConflictError('clash', option),
          optparse.OptionValueError('bad value'), optparse.BadOptionError('-q')]
for e in errors:
    print(type(e).__name__, [c.__name__ for c in type(e).__mro__[1:-2]], str(e), re.sub(r'0x[0-9a-f]+', '0x...', repr(e.args)))
print(errors[1].option_id, errors[1].msg, errors[5].opt_str, errors[2].option_id)
print(optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.NO_DEFAULT, optparse.make_option is optparse.Option)
print(optparse.check_choice(optparse.Option('-c', choices=['x']), '-c', 'x'))
