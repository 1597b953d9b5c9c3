"""Command-line option and argument parsing: the GIL Lab model's argparse.

Mirrors CPython 3.11's Lib/argparse.py: written for the model from the argparse documentation and from
experiments with python3, not copied. ArgumentParser with its options (prog, usage, description,
epilog, parents, formatter_class, prefix_chars, argument_default, conflict_handler, add_help,
allow_abbrev, exit_on_error, fromfile_prefix_chars), add_argument with every documented keyword and
action, argument groups, mutually exclusive groups, subparsers, parse_args and parse_known_args,
Namespace, FileType, and the four documented help formatters. What a program prints (usage, -h, the
"prog: error: ..." lines and their exit status 2) is CPython's byte for byte: the help is wrapped to
shutil.get_terminal_size() less two columns, as CPython's is. Left out: parse_intermixed_args and
translations (messages are English only).
"""

import os as _os
import re as _re
import sys as _sys
from _weakref import ref as _weak_ref

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

# A default, help or dest that should not appear at all.
SUPPRESS = '==SUPPRESS=='
# The nargs values that are not counts.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
# Where a subparser leaves the arguments it did not recognise for its parent's parse_known_args.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


# ---------------------------------------------------------------------------------------------------
# Namespace and the repr it shares with actions and parsers

class _AttributeHolder:
    """A repr listing the object's settings, keyword-style: Name(a=1, **{'not-an-identifier': 2})."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        starred = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                starred[name] = value
        if starred:
            shown.append('**%r' % (starred,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes parse_args sets; equal to another Namespace with the same attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __contains__(self, key):
        return key in vars(self)

    def __eq__(self, other):
        # only another Namespace compares; anything else gets its own say
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented


def _get_action_name(argument):
    """How messages name an argument: its option strings, else its metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A command line the parser rejects, naming the argument at fault."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message becomes the error's, as it is."""


# ---------------------------------------------------------------------------------------------------
# Actions: what an argument does with the strings it matched

# The settings an Action's repr lists, in the order its constructor takes them.
_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                  'metavar')


class Action(_AttributeHolder):
    """An argument: how it is spelled, what it takes, and (in __call__) what it does with it."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        # how it is spelled and where its value goes
        self.option_strings, self.dest = option_strings, dest
        # what it consumes, and what it makes of it
        self.nargs, self.const, self.default, self.type, self.choices = nargs, const, default, type, choices
        # how the help and the errors describe it
        self.required, self.help, self.metavar = required, help, metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_store_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const, 'nargs for store actions must be != 0; if you have nothing to store, '
                                         'actions such as store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help)


def _copy_items(items):
    # appending never changes a default list in place: the namespace gets a copy
    if items is None:
        return []
    if type(items) is not list:
        import copy
        return copy.copy(items)
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const, 'nargs for append actions must be != 0; if arg strings are not '
                                         'supplying the value to append, the append const action may be more '
                                         'appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag sets True and the --no-flag it adds sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        spellings = []
        for option_string in option_strings:
            spellings.append(option_string)
            if option_string.startswith('--'):
                spellings.append('--no-' + option_string[2:])
        super().__init__(spellings, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A subcommand's line under its subparsers action in the help."""

    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    """add_subparsers' positional: its first string picks a parser, which parses the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        # every name and alias -> its parser; the help lists only the subcommands given a help=
        self._name_parser_map, self._choices_actions = {}, []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = next((alias for alias in aliases if alias in taken), None)
        if clash is not None:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash)
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        taken.update(dict.fromkeys((name, *aliases), parser))
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, arg_strings = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (name, choices)) from None
        # the subparser's defaults win over the parent's: it parses into a namespace of its own
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, []).extend(arg_strings)


class FileType:
    """A type= that opens the named file (or gives stdin/stdout for '-')."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        # kept as given: open() gets them in this order, and the repr shows them
        self._mode, self._bufsize, self._encoding, self._errors = mode, bufsize, encoding, errors

    def _standard_stream(self):
        # '-' means stdin for reading, stdout for writing; a 'b' mode gets the binary buffer
        mode = self._mode
        if 'r' in mode:
            stream = _sys.stdin
        elif any(letter in mode for letter in 'wax'):
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % mode)
        return stream.buffer if 'b' in mode else stream

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(arg) for arg in (self._mode, self._bufsize) if arg != -1]
        shown += ['%s=%r' % (name, arg) for name, arg in (('encoding', self._encoding), ('errors', self._errors))
                  if arg is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------------------------------
# Help formatting

class _Section:
    """A part of the help (the whole, or one argument group's) not laid out yet: its heading and its
    items, each the name of the formatter's method that lays it out and that method's arguments.

    Sections hold no formatter and no parent, nor bound methods: the model has no cycle collector,
    so a formatter that its sections pointed back to would never be freed.
    """

    def __init__(self, heading=None):
        self.heading = heading
        self.items = []


class HelpFormatter:
    """Lays out usage, texts and argument lines, wrapped to the terminal's width less two columns.

    Output is gathered as a tree of sections (one per argument group) and laid out at the end, when
    the longest invocation, which sets the help column, is known.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._root_section = _Section()
        self._open_sections = [self._root_section]  # the innermost last
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def _add_item(self, method_name, args):
        self._open_sections[-1].items.append((method_name, args))

    # -- what the parser adds

    def start_section(self, heading):
        self._indent()
        section = _Section(heading)
        self._add_item('_format_section', [section])
        self._open_sections.append(section)

    def end_section(self):
        self._open_sections.pop()
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item('_format_text', [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item('_format_usage', [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for subaction in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(subaction))
        length = max(map(len, invocations)) + self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        self._add_item('_format_action', [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._format_items(self._root_section)
        if text:
            text = self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'
        return text

    def _format_items(self, section):
        return self._join_parts([getattr(self, method_name)(*args) for method_name, args in section.items])

    def _format_section(self, section):
        # a section's items are indented one step more than its heading; an empty section disappears
        self._indent()
        item_help = self._format_items(section)
        self._dedent()
        if not item_help:
            return ''
        heading = ''
        if section.heading is not SUPPRESS and section.heading is not None:
            heading = ' ' * self._current_indent + section.heading + ':\n'
        return self._join_parts(['\n', heading, item_help, '\n'])

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings if part and part is not SUPPRESS)

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._generated_usage(prefix, actions, groups)
        return '%s%s\n\n' % (prefix, usage)

    def _generated_usage(self, prefix, actions, groups):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        one_line = ' '.join(part for part in [prog, self._format_actions_usage(optionals + positionals, groups)]
                            if part)
        text_width = self._width - self._current_indent
        if len(prefix) + len(one_line) <= text_width:
            return one_line
        # too long: wrap whole parts (a bracketed group stays on one line), options before positionals
        part_regexp = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part_regexp, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(part_regexp, self._format_actions_usage(positionals, groups))
        if len(prefix) + len(prog) <= 0.75 * text_width:
            # continuation lines line up after the program's name
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = _usage_lines([prog] + opt_parts, indent, text_width, len(prefix))
                lines.extend(_usage_lines(pos_parts, indent, text_width))
            elif pos_parts:
                lines = _usage_lines([prog] + pos_parts, indent, text_width, len(prefix))
            else:
                lines = [prog]
        else:
            # a long name stands alone; the parts go on lines of their own under "usage: "
            indent = ' ' * len(prefix)
            lines = _usage_lines(opt_parts + pos_parts, indent, text_width)
            if len(lines) > 1:
                lines = _usage_lines(opt_parts, indent, text_width) + _usage_lines(pos_parts, indent, text_width)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        inserts, grouped = self._group_marks(actions, groups)
        parts = [self._usage_part(action, action in grouped) for action in actions]
        # a hidden action takes one of its group's bars with it
        for i, part in enumerate(parts):
            if part is None:
                bar_at = next((at for at in (i, i + 1) if inserts.get(at) == '|'), None)
                if bar_at is not None:
                    del inserts[bar_at]
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]

        # tidy the spaces the brackets got and drop empty brackets, as CPython does (on the whole text)
        text = ' '.join(part for part in parts if part is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _group_marks(self, actions, groups):
        """The brackets and bars the mutually exclusive groups put in the usage, by position in actions,
        and the actions they group. A group is marked only where its actions come together, in order."""
        inserts, grouped = {}, set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            start = actions.index(members[0]) if members[0] in actions else -1
            end = start + len(members)
            if start < 0 or actions[start:end] != members:
                continue
            grouped.update(members)
            visible = len([member for member in members if member.help is not SUPPRESS])
            # optional: [a | b]; required: (a | b), or no brackets around a single visible member
            brackets = '[]' if not group.required else '()' if visible > 1 else None
            if brackets:
                inserts[start] = inserts[start] + ' ' + brackets[0] if start in inserts else brackets[0]
                inserts[end] = inserts.get(end, '') + brackets[1]
            inserts.update(dict.fromkeys(range(start + 1, end), '|'))
        return inserts, grouped

    def _usage_part(self, action, in_group):
        """How one action shows in the usage; None if it is hidden."""
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            # the group's brackets replace an optional positional's own
            return part[1:-1] if in_group and part[0] == '[' and part[-1] == ']' else part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            part = '%s %s' % (action.option_strings[0],
                              self._format_args(action, self._get_default_metavar_for_optional(action)))
        return part if action.required or in_group else '[%s]' % part

    # -- texts and arguments

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, text_width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = ' ' * self._current_indent
        if not action.help:
            header = indent + header + '\n'
        elif len(header) <= action_width:
            # the help starts on the invocation's line
            header = indent + header.ljust(action_width) + '  '
            indent_first = 0
        else:
            header = indent + header + '\n'
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(' ' * indent_first + lines[0] + '\n')
                parts.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        # a subparsers action lists its subcommands under it, one step in
        parts.extend(self._format_action(subaction) for subaction in self._iter_indented_subactions(action))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option_string, args) for option_string in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            return result if isinstance(result, tuple) else (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            return '[%s [%s ...]]' % metavar if len(metavar) == 2 else '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = {name: value for name, value in dict(vars(action), prog=self._prog).items()
                  if value is not SUPPRESS}
        for name, value in params.items():
            if hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(choice) for choice in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    # The hooks the documented formatter classes override.

    def _get_help_string(self, action):
        """The help text before %-expansion (ArgumentDefaultsHelpFormatter adds the default)."""
        return action.help

    def _get_default_metavar_for_optional(self, action):
        """An option's value name when it has no metavar: its dest in capitals."""
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        """A positional's name when it has no metavar: its dest."""
        return action.dest


def _usage_lines(parts, indent, text_width, first_line_start=None):
    """Fills usage parts into lines of at most text_width. The first line, when first_line_start is
    given, is counted as starting after that many characters (the "usage: " prefix) and is not indented.
    """
    rows = [[]]
    # the width used so far, counting the space before each part (hence the -1 to start)
    used = (len(indent) if first_line_start is None else first_line_start) - 1
    for part in parts:
        if rows[-1] and used + 1 + len(part) > text_width:
            rows.append([])
            used = len(indent) - 1
        rows[-1].append(part)
        used += 1 + len(part)
    lines = [indent + ' '.join(row) for row in rows if row]
    if first_line_start is not None:
        lines[0] = lines[0][len(indent):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds " (default: ...)" to the help of options and of optional positionals."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values by their type's name rather than by dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------------
# Containers: the parser and its groups, which share its actions and option strings

# The documented action= names (and 'parsers', add_subparsers' own).
_BUILTIN_ACTIONS = {'store': _StoreAction, 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
                    'store_false': _StoreFalseAction, 'append': _AppendAction, 'append_const': _AppendConstAction,
                    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
                    'parsers': _SubParsersAction, 'extend': _ExtendAction}


def _identity(string):
    # the type= of an argument given none: its strings are kept as they are
    return string


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description, self.argument_default = description, argument_default
        self.prefix_chars, self.conflict_handler = prefix_chars, conflict_handler
        # the action= names add_argument knows (None: no action= given); register() may add more
        self._registries = {'action': {None: _StoreAction, **_BUILTIN_ACTIONS}, 'type': {None: _identity}}
        self._get_handler()  # an unknown conflict_handler is refused at once
        # shared with every group of the parser (see _ArgumentGroup)
        self._actions, self._option_string_actions, self._defaults = [], {}, {}
        self._action_groups, self._mutually_exclusive_groups = [], []
        self._has_negative_number_optionals = []  # non-empty once an option looks like a negative number

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # an argument already added takes its new default at once
        for action in (action for action in self._actions if action.dest in kwargs):
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        # an argument's own default wins over set_defaults', unless it is None
        found = [action.default for action in self._actions if action.dest == dest and action.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def _is_positional_call(self, args):
        return len(args) == 0 or (len(args) == 1 and args[0][0] not in self.prefix_chars)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, option_string, ...)"""
        if not self._is_positional_call(args):
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            self._fill_in_default(kwargs)
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        self._check_type(action)
        self._check_metavar(action)
        return self._add_action(action)

    def _fill_in_default(self, kwargs):
        # set_defaults() for this dest first, else the parser's argument_default
        dest = kwargs['dest']
        if dest in self._defaults:
            kwargs['default'] = self._defaults[dest]
        elif self.argument_default is not None:
            kwargs['default'] = self.argument_default

    def _check_type(self, action):
        converter = self._registry_get('type', action.type, action.type)
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (converter,))
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))

    def _check_metavar(self, action):
        # only a parser formats: formatting the arguments once refuses a metavar tuple of the wrong length
        if not hasattr(self, '_get_formatter'):
            return
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')

    def add_argument_group(self, *args, **kwargs):
        return self._keep(self._action_groups, _ArgumentGroup(self, *args, **kwargs))

    def add_mutually_exclusive_group(self, **kwargs):
        return self._keep(self._mutually_exclusive_groups, _MutuallyExclusiveGroup(self, **kwargs))

    @staticmethod
    def _keep(groups, group):
        groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        # weak, as the group's own link to its container: strong, they would make cycles the model never frees
        action.container = _weak_ref(self)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _NEGATIVE_NUMBER.match(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's actions, groups and mutually exclusive groups (parents=)."""
        # a parent's group joins this parser's group of the same title, made if there is none
        by_title = {group.title: group for group in self._action_groups}
        home = {}  # the parent's action -> the group here it goes to
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description, conflict_handler=group.conflict_handler)
            home.update(dict.fromkeys(group._group_actions, by_title[group.title]))
        # mutual exclusion is kept: each such group is made again here (its actions leave their titled group)
        for group in container._mutually_exclusive_groups:
            home.update(dict.fromkeys(group._group_actions,
                                      self.add_mutually_exclusive_group(required=group.required)))
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        # a positional is required unless nargs lets it match nothing ('*' only with a default)
        nargs = kwargs.get('nargs')
        may_be_absent = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not may_be_absent:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        prefixes = self.prefix_chars
        for option_string in args:
            if option_string[0] not in prefixes:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, prefixes))
        option_strings = list(args)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = self._dest_from_options(option_strings)
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _dest_from_options(self, option_strings):
        # the first long option (two prefix characters) names it, else the first option; '-' becomes '_'
        prefixes = self.prefix_chars
        longs = [option for option in option_strings if len(option) > 1 and option[1] in prefixes]
        naming = (longs or option_strings)[0]
        name = naming.lstrip(prefixes)
        if not name:
            raise ValueError('dest= is required for options like %r' % naming)
        return name.replace('-', '_')

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler) from None

    def _check_conflict(self, action):
        conflicts = [(option_string, self._option_string_actions[option_string])
                     for option_string in action.option_strings if option_string in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = 'conflicting option string: %s' if len(conflicting_actions) == 1 \
            else 'conflicting option strings: %s'
        raise ArgumentError(action, message % ', '.join(option_string for option_string, _ in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the older action loses the option strings; with none left, it goes
        for option_string, older in conflicting_actions:
            older.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not older.option_strings:
                older.container()._remove_action(older)


# The container tables a group shares with its parser rather than keeping its own.
_SHARED_WITH_GROUPS = ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups')


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions are the parser's."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title, self._group_actions = title, []
        # a group adds to its parser's own tables, so the parser parses what the group was given
        for shared in _SHARED_WITH_GROUPS:
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which at most one (exactly one if required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = _weak_ref(container)

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container()._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------------------------------
# The parser

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace, as its add_argument calls describe."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars, argument_default=argument_default,
                         conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        # what the help shows around the arguments
        self.usage, self.epilog, self.formatter_class = usage, epilog, formatter_class
        # how parse_args reads the command line
        self.fromfile_prefix_chars, self.allow_abbrev, self.exit_on_error = \
            fromfile_prefix_chars, allow_abbrev, exit_on_error
        self.add_help = add_help
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if self.add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        # a title or description gives the subcommands a help section of their own
        wants_section = 'title' in kwargs or 'description' in kwargs
        section_title = kwargs.pop('title', 'subcommands')
        section_description = kwargs.pop('description', None)
        self._subparsers = (self.add_argument_group(section_title, section_description) if wants_section
                            else self._positionals)
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._subcommand_prog_prefix()
        subparsers = self._pop_action_class(kwargs, 'parsers')(option_strings=[], **kwargs)
        self._subparsers._add_action(subparsers)
        return subparsers

    def _subcommand_prog_prefix(self):
        # subcommands' prog: this parser's usage without its prefix, up to the subcommand (its positionals)
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._get_positional_actions(), self._mutually_exclusive_groups, '')
        return formatter.format_help().strip()

    def _add_action(self, action):
        # an action added to the parser itself goes in the help section its kind belongs to
        section = self._optionals if action.option_strings else self._positionals
        section._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        namespace = Namespace() if namespace is None else namespace
        self._put_defaults(namespace)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # what a subparser did not recognise comes back to its caller with the parent's leftovers
        left_by_subparser = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if left_by_subparser is not None:
            args.extend(left_by_subparser)
        return namespace, args

    def _put_defaults(self, namespace):
        # a namespace passed in keeps what it has: defaults only fill the attributes it lacks
        for action in self._actions:
            dest, default = action.dest, action.default
            if SUPPRESS not in (dest, default) and not hasattr(namespace, dest):
                setattr(namespace, dest, default)
        for dest, default in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, default)

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                expanded.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    file_args = []
                    for line in args_file.read().splitlines():
                        file_args.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(file_args))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _get_values(self, action, arg_strings):
        """The value the action gets from the strings it matched: converted, checked against choices."""
        nargs = action.nargs
        # the first '--' only separates; REMAINDER and a subparser's strings keep theirs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            # nothing given: an option takes its const, a positional its default (a string default is parsed)
            fallback = action.const if action.option_strings else action.default
            return self._checked_value(action, fallback) if isinstance(fallback, str) else fallback
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            return self._checked_value(action, arg_strings[0])
        if nargs == SUPPRESS:
            return SUPPRESS
        converted = [self._get_value(action, arg_string) for arg_string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, converted[0])  # only the subcommand's name is a choice
        elif nargs != REMAINDER:
            for value in converted:
                self._check_value(action, value)
        return converted

    def _checked_value(self, action, arg_string):
        value = self._get_value(action, arg_string)
        self._check_value(action, value)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) if arg_string is an option, else None.

        An unknown option comes back with action None; a string that only looks like one (a negative
        number when no option looks like one, or a string with a space) is a positional.
        """
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            matches = ', '.join(option_string for _, option_string, _ in option_tuples)
            self.error('ambiguous option: %s could match %s' % (arg_string, matches))
        if len(option_tuples) == 1:
            return option_tuples[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options an abbreviation may stand for: long ones it starts, or a short one it runs into."""
        chars = self.prefix_chars
        result = []
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    option_prefix, explicit_arg = option_string.split('=', 1)
                else:
                    option_prefix, explicit_arg = option_string, None
                for candidate, action in self._option_string_actions.items():
                    if candidate.startswith(option_prefix):
                        result.append((action, candidate, explicit_arg))
        elif option_string[0] in chars:
            # -xVALUE is -x with VALUE; -xyz may also abbreviate a single-dash long option
            short_prefix, short_arg = option_string[:2], option_string[2:]
            for candidate, action in self._option_string_actions.items():
                if candidate == short_prefix:
                    result.append((action, candidate, short_arg))
                elif candidate.startswith(option_string):
                    result.append((action, candidate, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def _get_nargs_pattern(self, action):
        """A regular expression over the args' letters ('O' option, 'A' argument, '-' the '--') that
        matches, in group 1, what the action takes."""
        nargs = action.nargs
        if nargs is None:
            pattern = '(-*A-*)'
        elif nargs == OPTIONAL:
            pattern = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            pattern = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            pattern = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            pattern = '([-AO]*)'
        elif nargs == PARSER:
            pattern = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            pattern = '(-*-*)'
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # an option's arguments never take in a '--'
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            else:
                message = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the positionals as can match, the first ones taking as much as they can
        for count in range(len(actions), 0, -1):
            pattern = ''.join(self._get_nargs_pattern(action) for action in actions[:count])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    # -- help and errors

    def _usage_formatter(self):
        # a formatter that has the usage: both the usage and the full help start with it
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        formatter = self._usage_formatter()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _print_message(self, message, file=None):
        # a closed or missing stream loses the message silently, as CPython's does
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and "prog: error: message" on stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Parse:
    """One parse_known_args run over a list of strings.

    The strings are first classified into a pattern, one letter each: 'O' an option, 'A' an argument,
    '-' the '--' after which everything is an argument. Then, left to right, runs of arguments go to
    the positionals (as many as their nargs patterns match) and each option takes what its nargs
    pattern matches after it; what nothing takes is left over, for parse_args to reject.
    """

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.positionals = parser._get_positional_actions()
        # each option of a mutually exclusive group conflicts with the group's others
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                others = self.conflicts.setdefault(action, [])
                others.extend(group._group_actions[:i])
                others.extend(group._group_actions[i + 1:])
        self.option_string_indices = {}
        letters = []
        rest_are_arguments = False
        for i, arg_string in enumerate(arg_strings):
            if rest_are_arguments:
                letters.append('A')
            elif arg_string == '--':
                letters.append('-')
                rest_are_arguments = True
            else:
                option_tuple = parser._parse_optional(arg_string)
                if option_tuple is None:
                    letters.append('A')
                else:
                    self.option_string_indices[i] = option_tuple
                    letters.append('O')
        self.pattern = ''.join(letters)

    def run(self):
        start = 0
        last_option = max(self.option_string_indices, default=-1)
        while start <= last_option:
            next_option = min(i for i in self.option_string_indices if i >= start)
            if start != next_option:
                positionals_end = self.consume_positionals(start)
                if positionals_end > start:
                    start = positionals_end
                    continue
                start = positionals_end
            if start not in self.option_string_indices:
                # arguments no positional wants, before the next option
                self.extras.extend(self.arg_strings[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.arg_strings[stop:])
        self.check_required()
        return self.namespace, self.extras

    def take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        values = self.parser._get_values(action, argument_strings)
        # only a value that is not the default itself (an identity test) counts against the group
        if values is not action.default:
            self.seen_non_default_actions.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default_actions:
                    raise ArgumentError(action, 'not allowed with argument %s' % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        action, option_string, explicit_arg = self.option_string_indices[start]
        parser = self.parser
        taken = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start])
                return start + 1
            if explicit_arg is None:
                first = start + 1
                stop = first + parser._match_argument(action, self.pattern[first:])
                taken.append((action, self.arg_strings[first:stop], option_string))
                break
            arg_count = parser._match_argument(action, 'A')
            if arg_count == 1:
                stop = start + 1
                taken.append((action, [explicit_arg], option_string))
                break
            if arg_count == 0 and option_string[1] not in parser.prefix_chars and explicit_arg != '':
                # -xyz: a flag -x, then -y with the rest 'z'
                taken.append((action, [], option_string))
                option_string = option_string[0] + explicit_arg[0]
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                action = parser._option_string_actions[option_string]
                explicit_arg = explicit_arg[1:] or None
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
        for action, args, option_string in taken:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, start):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            args = self.arg_strings[start:start + count]
            start += count
            self.take_action(action, args)
        del self.positionals[:len(counts)]
        return start

    def check_required(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen_actions:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest) and action.default is getattr(self.namespace, action.dest)):
                # a string default is converted by type=, as a given string would be
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(action in self.seen_non_default_actions for action in group._group_actions):
                names = [_get_action_name(action) for action in group._group_actions if action.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
