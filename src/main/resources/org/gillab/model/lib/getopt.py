"""getopt: Unix-style command line option parsing, as CPython 3.11's module does.

Mirrors CPython's Lib/getopt.py. Written for the model from the documentation and python3's observed
behaviour, not copied. getopt() stops at the first non-option argument; gnu_getopt() lets options
and arguments mix (unless the short options start with '+' or POSIXLY_CORRECT is set). Long options
may be abbreviated to a unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says why, opt names the option (without its dashes)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError  # the older name


def getopt(args, shortopts, longopts=[]):
    """(options, remaining arguments): options are (option, value) pairs, value '' for a flag."""
    longopts = _as_list(longopts)
    options = []
    # Options run up to the first argument that is not one ('-' alone is an argument) or past '--'.
    while args and _is_option(args[0]):
        first, args = args[0], args[1:]
        if first == '--':
            break
        found, args = _take_option(first, args, shortopts, longopts)
        options += found
    return options, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options may follow non-option arguments (GNU style)."""
    longopts = _as_list(longopts)
    # A leading '+' in shortopts, or POSIXLY_CORRECT in the environment, asks for getopt()'s stop.
    stop_at_operand = shortopts.startswith('+') or bool(os.environ.get("POSIXLY_CORRECT"))
    shortopts = shortopts.removeprefix('+')
    options, operands = [], []
    while args:
        first, args = args[0], args[1:]
        if first == '--':
            operands += args
            break
        if _is_option(first):
            found, args = _take_option(first, args, shortopts, longopts)
            options += found
        elif stop_at_operand:
            operands += [first] + args
            break
        else:
            operands.append(first)
    return options, operands


def _as_list(longopts):
    """The long options as a list: a single one may be given as a plain string."""
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _is_option(arg):
    return arg.startswith('-') and arg != '-'


def _take_option(arg, rest, shortopts, longopts):
    """The (option, value) pairs one argument gives, and what is left of rest after any value it
    took from there."""
    if arg.startswith('--'):
        pair, rest = _long_option(arg[2:], rest, longopts)
        return [pair], rest
    return _short_options(arg[1:], rest, shortopts)


def _long_option(text, rest, longopts):
    """'name' or 'name=value' (the text after '--'); a name that wants a value may take the next argument."""
    name, has_equals, value = text.partition('=')
    name, wants_value = _long_name(name, longopts)
    if wants_value and not has_equals:
        if not rest:
            raise GetoptError('option --%s requires argument' % name, name)
        value, rest = rest[0], rest[1:]
    elif has_equals and not wants_value:
        raise GetoptError('option --%s must not have an argument' % name, name)
    return ('--' + name, value), rest


def _long_name(name, longopts):
    """(full name, whether it wants a value) of the long option name spells out or uniquely begins.
    In longopts, a trailing '=' marks an option that wants a value."""
    if name in longopts or name + '=' in longopts:
        return name, name not in longopts
    candidates = [option for option in longopts if option.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    return full.removesuffix('='), full.endswith('=')


def _short_options(letters, rest, shortopts):
    """The pairs of a cluster of short options ('abc' of '-abc'). A letter that wants a value takes
    the rest of the cluster, or the next argument when it ends the cluster."""
    pairs = []
    for position, letter in enumerate(letters):
        if not _wants_value(letter, shortopts):
            pairs.append(('-' + letter, ''))
            continue
        value = letters[position + 1:]
        if not value:
            if not rest:
                raise GetoptError('option -%s requires argument' % letter, letter)
            value, rest = rest[0], rest[1:]
        pairs.append(('-' + letter, value))
        break
    return pairs, rest


def _wants_value(letter, shortopts):
    """Whether a short option wants a value: in shortopts, a ':' follows its letter."""
    where = shortopts.find(letter) if letter != ':' else -1
    if where < 0:
        raise GetoptError('option -%s not recognized' % letter, letter)
    return shortopts.startswith(':', where + 1)
