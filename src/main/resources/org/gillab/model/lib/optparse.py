"""Command-line option parsing, the older way: the GIL Lab model's optparse.

Mirrors CPython 3.11's Lib/optparse.py: written for the model from the optparse documentation and from
experiments with python3, not copied. OptionParser with usage (%prog), version, description, epilog,
prog, conflict_handler ("error" or "resolve"), add_help_option and a formatter; Option with every
documented action and type, dest inference, defaults (and %default in help), metavar, nargs, choices and
callbacks; OptionGroup; Values; IndentedHelpFormatter and TitledHelpFormatter, whose layout is CPython's
byte for byte: the width is the COLUMNS environment variable (80 when unset) less two, never the terminal's
own size. Messages go through gettext as CPython's do. An option's container, a group's parser and a
formatter's parser are weak references (the model has no cycle collector): they are None once the parser
is gone, where CPython's keep it alive.
"""

import os as _os
import sys as _sys
import textwrap as _textwrap
from _weakref import ref as _weak_ref
from gettext import gettext as _, ngettext as _ngettext

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError', 'OptionValueError', 'BadOptionError',
           'check_choice']

# The help of an option -h does not list, and the usage of a parser that prints none.
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
# An Option's default when it was given none: its dest then defaults to None.
NO_DEFAULT = ("NO", "DEFAULT")


class _WeakLink:
    """An attribute holding its object through a weak reference. An option's container, a group's parser
    and a formatter's parser all refer back to objects that refer to them; the model has no cycle
    collector, so strong links would keep every parser alive for good."""

    def __set_name__(self, owner, name):
        self._name = name
        self._slot = '_weak_' + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            link = instance.__dict__[self._slot]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(instance).__name__, self._name)) from None
        return None if link is None else link()

    def __set__(self, instance, value):
        instance.__dict__[self._slot] = None if value is None else _weak_ref(value)


def _address_repr(self):
    """The repr Option and Values share: <Class at 0x...: str(self)>."""
    return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)


# ---------------------------------------------------------------------------------------------------
# Exceptions

class OptParseError(Exception):
    """The root of optparse's exceptions: str() is the message alone."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option built wrongly; the message names the option when there is one."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        return "option %s: %s" % (self.option_id, self.msg) if self.option_id else self.msg


class OptionConflictError(OptionError):
    """An option string added twice to a parser whose conflict_handler is "error"."""


class OptionValueError(OptParseError):
    """A command-line value its option's type rejects; parse_args turns it into error()."""


class BadOptionError(OptParseError):
    """An option string the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option that several long options start with."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return _("ambiguous option: %s (%s?)") % (self.opt_str, ", ".join(self.possibilities))


# ---------------------------------------------------------------------------------------------------
# Converting option values by type

def _parse_num(text, number_type):
    """int or long values: 0x.. is hexadecimal, 0b.. binary and 0.. octal, as C's strtol reads them."""
    prefix = text[:2].lower()
    if prefix == "0x":
        return number_type(text, 16)
    if prefix == "0b":
        return number_type(text[2:] or "0", 2)
    return number_type(text, 8 if text.startswith("0") else 10)


def _parse_int(text):
    return _parse_num(text, int)


# type name -> (converter, the word error messages use for the type)
_BUILTIN_CONVERTERS = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    """The checker of the numeric types: the converted value, or OptionValueError."""
    convert, what = _BUILTIN_CONVERTERS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, what, value))


def check_choice(option, opt, value):
    """The checker of type "choice": value itself when it is one of option.choices."""
    if value not in option.choices:
        listed = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)") % (opt, value, listed))
    return value


# ---------------------------------------------------------------------------------------------------
# Option

class Option:
    """One option: its strings (-x, --long), what it does when seen (action) and how it converts its
    argument (type). The class attributes are the documented extension points of a subclass."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback', 'callback_args',
             'callback_kwargs', 'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const", "count",
               "callback", "help", "version")
    # The actions that keep something in a dest (so one is inferred for them).
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const", "count")
    # The actions that may take a type, and those that always do (string when none is given).
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}
    # The parser or group the option was added to.
    container = _WeakLink()

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        opts = [opt for opt in opts if opt]
        if not opts:
            raise TypeError("at least one option string must be supplied")
        for opt in opts:
            self._add_opt_string(opt)
        self._take_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _add_opt_string(self, opt):
        if len(opt) < 2:
            raise OptionError("invalid option string %r: must be at least two characters long" % opt, self)
        if len(opt) == 2:
            if opt[0] != "-" or opt[1] == "-":
                raise OptionError("invalid short option string %r: must be of the form -x, (x any non-dash char)"
                                  % opt, self)
            self._short_opts.append(opt)
        else:
            if not opt.startswith("--") or opt[2] == "-":
                raise OptionError("invalid long option string %r: must start with --, followed by non-dash"
                                  % opt, self)
            self._long_opts.append(opt)

    def _take_attrs(self, attrs):
        for name in self.ATTRS:
            setattr(self, name, attrs.pop(name, NO_DEFAULT if name == 'default' else None))
        if attrs:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(sorted(attrs)), self)

    # -- the checks __init__ runs, in CHECK_METHODS order: each completes or rejects the attributes

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        if self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        """Infers "string" or "choice" for store and append; a type object stands for its name."""
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        name = self.type.__name__ if isinstance(self.type, type) else self.type
        self.type = "string" if name == "str" else name
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            supplied = str(type(self.choices)).split("'")[1]  # the qualified name <class '...'> shows
            raise OptionError("choices must be a list of strings ('%s' supplied)" % supplied, self)

    def _check_dest(self):
        # The first long option without its dashes (- becomes _), else the first short option's letter.
        if self.dest is None and (self.action in self.STORE_ACTIONS or self.type is not None):
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        if self.action == "callback":
            if not callable(self.callback):
                raise OptionError("callback not callable: %r" % self.callback, self)
            for name, kind in (("callback_args", tuple), ("callback_kwargs", dict)):
                given = getattr(self, name)
                if given is not None and not isinstance(given, kind):
                    raise OptionError("%s, if supplied, must be a %s: not %r" % (name, kind.__name__, given), self)
            return
        if self.callback is not None:
            raise OptionError("callback supplied (%r) for non-callback option" % self.callback, self)
        for name in ("callback_args", "callback_kwargs"):
            if getattr(self, name) is not None:
                raise OptionError("%s supplied for non-callback option" % name, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const, _check_nargs,
                     _check_callback]

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _address_repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    # -- what happens when the option is seen on the command line

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        return self.take_action(self.action, self.dest, opt, self.convert_value(opt, value), values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const, "store_true": True, "store_false": False}
            setattr(values, dest, stored[action])
        elif action in ("append", "append_const"):
            values.ensure_value(dest, []).append(value if action == "append" else self.const)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            show = parser.print_help if action == "help" else parser.print_version
            show()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option


# ---------------------------------------------------------------------------------------------------
# Values

class Values:
    """The parsed options: one attribute per dest, starting from the parser's defaults."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _address_repr

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def ensure_value(self, attr, value):
        """attr's value, first set to value when attr is missing or None (how append and count start)."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)

    def _update_careful(self, attrs):
        """Takes from attrs the names self already has (methods too, as dir() lists them), unless None."""
        for name in dir(self):
            if attrs.get(name) is not None:
                setattr(self, name, attrs[name])

    def _update_loose(self, attrs):
        """Takes every name of attrs."""
        self.__dict__.update(attrs)

    def _update(self, attrs, mode):
        updates = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updates:
            raise ValueError("invalid update mode: %r" % (mode,))
        updates[mode](attrs)

    def read_module(self, modname, mode="careful"):
        """Updates from the globals of the module modname, imported if it is not yet."""
        __import__(modname)
        self._update(vars(_sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        """Updates from the globals a Python file leaves when it runs."""
        with open(filename) as source:
            namespace = {}
            exec(source.read(), namespace)
        self._update(namespace, mode)


# ---------------------------------------------------------------------------------------------------
# Help formatters

class HelpFormatter:
    """Lays out a parser's help: headings, wrapped text and one block per option whose help starts in
    column help_position. Subclasses say how the usage line and headings look."""

    NO_DEFAULT_VALUE = "none"
    parser = _WeakLink()

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = self._columns() - 2
        self.width = width
        self.short_first = short_first
        self.indent_increment = indent_increment
        self.current_indent = self.level = 0
        self.max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        # Until store_option_strings measures the options.
        self.help_position, self.help_width = self.max_help_position, None
        self.option_strings = {}
        self.default_tag = "%default"
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"
        self.parser = None

    @staticmethod
    def _columns():
        """The COLUMNS environment variable, else 80: optparse never asks the terminal."""
        try:
            return int(_os.environ['COLUMNS'])
        except (KeyError, ValueError):
            return 80

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def _shift(self, levels):
        self.level += levels
        self.current_indent += levels * self.indent_increment

    def indent(self):
        self._shift(1)

    def dedent(self):
        self._shift(-1)
        assert self.current_indent >= 0, "Indent decreased below 0."

    def set_parser(self, parser):
        """The parser whose defaults %default shows."""
        self.parser = parser

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    @staticmethod
    def _delimited(delim, allowed, kind):
        if delim not in allowed:
            raise ValueError("invalid metavar delimiter for %s options: %r" % (kind, delim))
        return "%s" + delim + "%s"

    def set_short_opt_delimiter(self, delim):
        self._short_opt_fmt = self._delimited(delim, ("", " "), "short")

    def set_long_opt_delimiter(self, delim):
        self._long_opt_fmt = self._delimited(delim, ("=", " "), "long")

    def _format_text(self, text):
        """text filled to the width left at the current indent (never under 11 columns)."""
        margin = " " * self.current_indent
        return _textwrap.fill(text, max(self.width - self.current_indent, 11),
                              initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """option's help with %default replaced by its default ("none" when it has none)."""
        if self.parser is None or not self.default_tag:
            return option.help
        default = self.parser.defaults.get(option.dest)
        if default is NO_DEFAULT or default is None:
            default = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(default))

    def format_option(self, option):
        """The option's strings padded to help_position and its help wrapped beside them; strings too
        wide for that go on a line of their own, the help starting under it."""
        head = " " * self.current_indent + self.option_strings[option]
        if len(head) + 2 > self.help_position:
            head += "\n"
            first_indent = self.help_position
        else:
            head = head.ljust(self.help_position)
            first_indent = 0
        if not option.help:
            return head if head.endswith("\n") else head + "\n"
        wrapped = _textwrap.wrap(self.expand_default(option), self.help_width)
        lines = [" " * first_indent + wrapped[0]] + [" " * self.help_position + line for line in wrapped[1:]]
        return head + "\n".join(lines) + "\n"

    def store_option_strings(self, parser):
        """Formats every option's strings once, and sets help_position from the widest (with its indent)."""
        widest = 0
        # The parser's options are listed one indent in, a group's two.
        parser_indent = self.current_indent + self.indent_increment
        nested = [(parser_indent, parser)] + [(parser_indent + self.indent_increment, group)
                                              for group in parser.option_groups]
        for indent, container in nested:
            for option in container.option_list:
                self.option_strings[option] = self.format_option_strings(option)
                widest = max(widest, len(self.option_strings[option]) + indent)
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """"-f FILE, --file=FILE": each string with the metavar when the option takes a value."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (opt, metavar) for opt in shorts]
            longs = [self._long_opt_fmt % (opt, metavar) for opt in longs]
        return ", ".join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """The default layout: "Usage: ..." and headings "Options:" indented by level."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return "%*s%s:\n" % (self.current_indent, "", heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with = (then - one level down), long options first."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        return "%s\n%s\n" % (heading, "=-"[self.level] * len(heading))


# ---------------------------------------------------------------------------------------------------
# Containers of options: the parser and its groups

class OptionContainer:
    """What a parser and an OptionGroup share: a list of options, the maps from option strings to them,
    the defaults of their dests, and how a repeated option string is handled."""

    def __init__(self, option_class, conflict_handler, description):
        self.description = description
        self.set_conflict_handler(conflict_handler)
        self.option_class = option_class
        self._create_option_list()

    def set_description(self, description):
        self.description = description

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def get_description(self):
        return self.description

    def _share_option_mappings(self, parser):
        # A group's options are found, and default, through its parser's maps.
        self._short_opt, self._long_opt, self.defaults = parser._short_opt, parser._long_opt, parser.defaults

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def _check_conflict(self, option):
        """Raises OptionConflictError for option strings already taken, or ("resolve") takes them away
        from their older options, dropping an option left with no strings at all."""
        clashes = [(opt, self._short_opt[opt]) for opt in option._short_opts if opt in self._short_opt]
        clashes += [(opt, self._long_opt[opt]) for opt in option._long_opts if opt in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s" % ", ".join(opt for opt, _old in clashes),
                                      option)
        for opt, older in clashes:
            if opt.startswith("--"):
                older._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                older._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...): the option added."""
        option = _built_or_given(args, kwargs, Option, self.option_class)
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        if option.dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            else:
                self.defaults.setdefault(option.dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for opts, table in ((option._short_opts, self._short_opt), (option._long_opts, self._long_opt)):
            for opt in opts:
                del table[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        return "".join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = [self.format_description(formatter)] if self.description else []
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's help; its options parse as the parser's own."""

    parser = _WeakLink()

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def set_title(self, title):
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        del self.option_list
        OptionContainer.destroy(self)

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


def _built_or_given(args, kwargs, kind, build):
    """What add_option and add_option_group take: strings and keywords to build one with, or one instance."""
    if args and isinstance(args[0], str):
        return build(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    if not isinstance(args[0], kind):
        raise TypeError("not an %s instance: %r" % (kind.__name__, args[0]))
    return args[0]


def _match_abbrev(prefix, wordmap):
    """The one key of wordmap that is prefix or starts with it; BadOptionError when none does,
    AmbiguousOptionError when several do."""
    if prefix in wordmap:
        return prefix
    matches = sorted(word for word in wordmap if word.startswith(prefix))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BadOptionError(prefix)
    raise AmbiguousOptionError(prefix, matches)


class OptionParser(OptionContainer):
    """Parses a command line into (Values, leftover arguments) and prints usage, help and errors."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None, conflict_handler="error",
                 description=None, formatter=None, add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self.epilog = epilog
        # The standard options, the given ones, then --version and -h/--help: the order help lists.
        self.add_options(self.standard_option_list)
        if option_list:
            self.add_options(option_list)
        if self.version:
            self.add_option("--version", action="version", help=_("show program's version number and exit"))
        if add_help_option:
            self.add_option("-h", "--help", action="help", help=_("show this help message and exit"))
        self._init_parsing_state()

    def _create_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _init_parsing_state(self):
        # What a callback may look at and change while parse_args runs.
        self.rargs = None
        self.largs = None
        self.values = None

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    # -- configuration

    def set_usage(self, usage):
        """usage is shown after "Usage: " (which it may start with); SUPPRESS_USAGE shows none."""
        if usage is None:
            usage = _("%prog [options]")
        elif usage is SUPPRESS_USAGE:
            usage = None
        elif usage.lower().startswith("usage: "):
            usage = usage[len("usage: "):]
        self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop at the first argument that is not an option: the rest are left as they are."""
        self.allow_interspersed_args = False

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.set_defaults(**{dest: value})

    def set_process_default_values(self, process):
        """Whether string defaults are converted by their option's type (they are unless told otherwise)."""
        self.process_default_values = process

    def _get_all_options(self):
        return self.option_list + [option for group in self.option_groups for option in group.option_list]

    def get_default_values(self):
        """Values of the defaults; a string default is converted by its option's type, as an argument is."""
        defaults = self.defaults.copy()
        if self.process_default_values:
            for option in self._get_all_options():
                default = defaults.get(option.dest)
                if isinstance(default, str):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), default)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, description=None): the group added."""
        group = _built_or_given(args, kwargs, OptionGroup, lambda *args, **kwargs: OptionGroup(self, *args, **kwargs))
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        return option.container if option is not None and option.container is not self else None

    # -- parsing

    def parse_args(self, args=None, values=None):
        """(values, leftover arguments) for args (sys.argv[1:] by default); a bad option or value
        ends the program through error()."""
        self.rargs = rargs = list(_sys.argv[1:] if args is None else args)
        self.largs = largs = []
        self.values = values = self.get_default_values() if values is None else values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """The hook a subclass overrides to check the parsed result: returns (values, args)."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        """Consumes rargs: options are processed, other arguments moved to largs; stops at "--" (which
        is dropped) or, without interspersed arguments, at the first argument that is not an option."""
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_option_args(self, opt, option, rargs):
        """The nargs arguments option takes from the front of rargs: one string, or a tuple of them."""
        count = option.nargs
        if len(rargs) < count:
            self.error(_ngettext("%(option)s option requires %(number)d argument",
                                 "%(option)s option requires %(number)d arguments", count)
                       % {"option": opt, "number": count})
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        written, explicit, attached = rargs.pop(0).partition("=")
        opt = self._match_long_opt(written)
        option = self._long_opt[opt]
        if option.takes_value():
            if explicit:
                rargs.insert(0, attached)
            value = self._take_option_args(opt, option, rargs)
        elif explicit:
            self.error(_("%s option does not take a value") % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        """-abc is -a -b -c, until an option that takes a value: the rest of the argument is its first."""
        arg = rargs.pop(0)
        for position in range(1, len(arg)):
            opt = "-" + arg[position]
            option = self._short_opt.get(opt)
            if option is None:
                raise BadOptionError(opt)
            if option.takes_value():
                if position + 1 < len(arg):
                    rargs.insert(0, arg[position + 1:])
                option.process(opt, self._take_option_args(opt, option, rargs), values, self)
                return
            option.process(opt, None, values, self)

    # -- what the parser prints

    def get_prog_name(self):
        return _os.path.basename(_sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, text):
        return text.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            _sys.stderr.write(msg)
        _sys.exit(status)

    def error(self, msg):
        """Prints the usage and "prog: error: msg" to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        return self.formatter.format_usage(self.expand_prog_name(self.usage)) if self.usage else ""

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        """The "Options:" heading, the parser's own options, then each group, a blank line between."""
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_("Options"))
        formatter.indent()
        sections = [OptionContainer.format_option_help(self, formatter)] if self.option_list else []
        sections += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        return heading + "\n".join(sections) if sections else ""

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        parts = [self.get_usage() + "\n"] if self.usage else []
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_help())
