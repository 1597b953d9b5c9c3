"""configparser: INI-style configuration files, as CPython 3.11's module behaves.

Mirrors CPython's Lib/configparser.py. Written for the model from the documentation and python3's
observed behaviour, not copied: the parsing rules (comments, indented continuation lines, empty lines
in values, duplicate checks under strict), the text write() produces, the interpolation syntaxes and
every error's message and args are CPython 3.11's. Not provided: the deprecated SafeConfigParser,
LegacyInterpolation and readfp.
"""

import io
import os
import re
import sys
import weakref
from collections import ChainMap
from collections.abc import MutableMapping
from functools import partial
from itertools import chain
from operator import attrgetter

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser",
           "RawConfigParser", "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks "no argument given" where None is a meaningful value (fallback=None returns None).
_UNSET = object()


# ---- errors: CPython's repr() of these is their message alone; their args are the values given, each
# also an attribute of the same name ----

class Error(Exception):
    """Base class for configparser's exceptions."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        super().__init__('No section: %r' % (section,))
        self.args = (section,)
        self.section = section


def _where(source, lineno):
    """The "While reading from 'f' [line  3]: " prefix of a duplicate found while reading."""
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": "


class DuplicateSectionError(Error):
    """Raised when a section is added or read twice (read twice only under strict)."""

    def __init__(self, section, source=None, lineno=None):
        what = repr(section) + " already exists"
        if source is None:
            message = "Section " + what
        else:
            message = _where(source, lineno) + "section " + what
        super().__init__(message)
        self.args = (section, source, lineno)
        self.section, self.source, self.lineno = self.args


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option occurs twice in one section while reading."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            message = "Option " + what
        else:
            message = _where(source, lineno) + "option " + what
        super().__init__(message)
        self.args = (section, option, source, lineno)
        self.section, self.option, self.source, self.lineno = self.args


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self.args = (option, section)
        self.option, self.section = self.args


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.args = (option, section, msg)
        self.option, self.section = option, section


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an interpolation key {!r} which is"
               " not a valid option name. Raw value: {!r}".format(option, section, reference, rawval))
        super().__init__(option, section, msg)
        self.args = (option, section, rawval, reference)
        self.reference = reference


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} contains an"
               " interpolation key which cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax; lists every bad line."""

    def __init__(self, source=None):
        super().__init__('Source contains parsing errors: %r' % source)
        self.args = (source,)
        self.source = source
        self.errors = []  # (line number, line) of each bad line, also listed in the message

    def append(self, lineno, line):
        self.message += f'\n\t[line {lineno:2d}]: {line}'
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        # Error's initialiser, not ParsingError's: this error lists no bad lines (it has no errors).
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line))
        self.args = (filename, lineno, line)
        self.source, self.lineno, self.line = self.args


# ---- interpolation ----

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    # Setting, reading, writing and getting all leave the value as it is.
    def before_set(self, parser, section, option, value):
        return value

    before_read = before_write = before_set

    def before_get(self, parser, section, option, value, defaults):
        return value


class _SigilInterpolation(Interpolation):
    """What BasicInterpolation ('%(name)s', '%%') and ExtendedInterpolation ('${section:name}', '$$') share:
    a sigil doubled stands for itself, a sigil and an opening bracket start a reference, references
    whose values hold the sigil are expanded again, at most MAX_INTERPOLATION_DEPTH levels deep."""

    _SIGIL = None       # '%' or '$'
    _OPENER = None      # the character after the sigil that starts a reference
    _KEYCRE = None      # matches a whole reference at the start of the text, group 1 its name
    _KEYS_IN_TEXT = None  # matches a reference anywhere, for before_set's check

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = self._KEYS_IN_TEXT.sub('', value.replace(self._SIGIL * 2, ''))
        if self._SIGIL in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, rest.find(self._SIGIL)))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        sigil = self._SIGIL
        while rest:
            at = rest.find(sigil)
            if at < 0:
                accum.append(rest)
                return
            accum.append(rest[:at])
            rest = rest[at:]
            follower = rest[1:2]
            if follower == sigil:
                accum.append(sigil)
                rest = rest[2:]
            elif follower == self._OPENER:
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[match.end():]
                value, option_then, section_then, map_then = self._resolve(
                    parser, option, section, map, rawval, match.group(1), rest)
                if sigil in value:
                    self._interpolate_some(parser, option_then, accum, value, section_then, map_then, depth + 1)
                else:
                    accum.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (sigil, sigil, self._OPENER, rest))

    def _resolve(self, parser, option, section, map, rawval, name, rest):
        """The referenced value, and the option, section and map its own references are expanded in."""
        raise NotImplementedError


class BasicInterpolation(_SigilInterpolation):
    """'%(name)s' refers to another option of the same section (or DEFAULT); '%%' is a percent sign."""

    _SIGIL = '%'
    _OPENER = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _KEYS_IN_TEXT = _KEYCRE

    def _resolve(self, parser, option, section, map, rawval, name, rest):
        name = parser.optionxform(name)
        try:
            value = map[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, name) from None
        return value, option, section, map


class ExtendedInterpolation(_SigilInterpolation):
    """'${name}' refers to an option of the same section, '${section:name}' to another section's; '$$' is a
    dollar sign."""

    _SIGIL = '$'
    _OPENER = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _KEYS_IN_TEXT = _KEYCRE

    def _resolve(self, parser, option, section, map, rawval, name, rest):
        path = name.split(':')
        try:
            if len(path) == 1:
                target = parser.optionxform(path[0])
                return map[target], target, section, map
            if len(path) == 2:
                target_section = path[0]
                target = parser.optionxform(path[1])
                value = parser.get(target_section, target, raw=True)
                return value, target, target_section, dict(parser.items(target_section, raw=True))
            # CPython's message shows the text after the reference, not the reference itself.
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None


# ---- the parsers ----

def _option_pattern(delimiters, allow_no_value):
    """The regular expression of an 'option = value' line for these delimiters (the value optional with
    allow_no_value)."""
    delim = "|".join(re.escape(d) for d in delimiters)
    if allow_no_value:
        return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$" % delim)
    return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % delim)


class RawConfigParser(MutableMapping):
    """ConfigParser that does no interpolation by default; a mapping of section names to SectionProxy."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_pattern(('=', ':'), False)
    OPTCRE_NV = _option_pattern(('=', ':'), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT, interpolation=_UNSET,
                 converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        # Converter names -> functions (None for the built-in getint, getfloat and getboolean); the
        # converters property is a view of it.
        self._converter_data = {}
        for attribute in dir(self):
            if len(attribute) > 3 and attribute.startswith('get') and callable(getattr(self, attribute)):
                self._converter_data[attribute[3:]] = None
        # The SectionProxy of each section, held weakly: a proxy holds its parser, so a parser holding
        # its proxies would be a cycle the model (which has no cycle collector) never frees. While a
        # proxy is in use, parser[name] gives that same proxy, as CPython's does.
        self._proxies = weakref.WeakValueDictionary()
        # How lines read: what separates an option from its value, what starts a comment.
        self._delimiters = tuple(delimiters)
        self._optcre = self._option_regex(delimiters, allow_no_value)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._empty_lines_in_values = empty_lines_in_values
        self._allow_no_value = allow_no_value
        # strict: a section or option read twice is an error rather than a merge.
        self._strict = strict
        self.default_section = default_section
        self._interpolation = self._chosen_interpolation(interpolation)
        if converters is not _UNSET:
            self.converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def _option_regex(self, delimiters, allow_no_value):
        """The class's OPTCRE (or OPTCRE_NV) for the usual delimiters, so that a subclass may replace
        them; a pattern of their own for others."""
        if delimiters != ('=', ':'):
            return _option_pattern(delimiters, allow_no_value)
        return self.OPTCRE_NV if allow_no_value else self.OPTCRE

    def _chosen_interpolation(self, interpolation):
        """The class's default when none is given; None means no interpolation at all."""
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if isinstance(interpolation, Interpolation):
            return interpolation
        raise TypeError("interpolation= must be None or an instance of Interpolation;"
                        " got an object of type {}".format(type(interpolation)))

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Adds an empty section; DEFAULT (it always exists) and an existing name are refused."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()

    def has_section(self, section):
        """Whether the section exists; DEFAULT is not acknowledged."""
        return section in self._sections

    def options(self, section):
        """The section's option names, followed by DEFAULT's it does not override."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    # -- reading --

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened (one name or an iterable of names); returns those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        # A path-like name is listed as the str (or bytes) it stands for.
        return [os.fspath(name) if isinstance(name, os.PathLike) else name
                for name in filenames if self._read_path(name, encoding)]

    def _read_path(self, path, encoding):
        """Whether the file could be read; one that cannot be opened (or read) is skipped."""
        try:
            with open(path, encoding=encoding) as fp:
                self._read(fp, path)
        except OSError:
            return False
        return True

    def read_file(self, f, source=None):
        """Reads the lines of f; source names it in errors (default: f.name, else '<???>')."""
        self._read(f, getattr(f, 'name', '<???>') if source is None else source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads sections from a mapping of section names to mappings of options; keys and values become
        str (None values stay None)."""
        seen = set()  # the sections, and (section, option) pairs, this mapping gave so far
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # An existing section (or DEFAULT) takes the options in, unless the mapping named it
                # twice (two keys with one str) under strict.
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for name, value in options.items():
                key = self.optionxform(str(name))
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, None if value is None else str(value))

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _comment_start(self, line):
        """Where the line's comment starts, None without one. A full-line prefix counts after leading
        space; an inline prefix only at the start or after whitespace. As in CPython, the inline prefixes
        are searched in rounds (each one's first occurrence, then each one's second...) and the first round
        that finds a valid one decides."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        positions = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while positions:
            valid = []
            for prefix, at in list(positions.items()):
                at = line.find(prefix, at + 1)
                if at == -1:
                    del positions[prefix]
                    continue
                positions[prefix] = at
                if at == 0 or line[at - 1].isspace():
                    valid.append(at)
            if valid:
                return min(valid)
        return None

    def _read(self, fp, fpname):
        """Parses the lines of fp; bad lines are gathered into one ParsingError raised at the end, after
        the good ones have been stored."""
        seen = set()  # the sections and (section, option) pairs this file gave so far, for strict
        section = options = None  # the section being read: its name and its option dict
        option = None  # the option whose value indented lines continue...
        indent = 0  # ...and the indentation of the line that began it
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            text = line[:comment_start].strip()
            continuing = options is not None and option
            if not text:
                if not self._empty_lines_in_values:
                    indent = sys.maxsize  # an empty line ends the value
                elif comment_start is None and continuing and options[option] is not None:
                    options[option].append('')
                continue
            first_nonspace = self.NONSPACECRE.search(line)
            line_indent = first_nonspace.start() if first_nonspace else 0
            if continuing and line_indent > indent:
                options[option].append(text)
                continue
            indent = line_indent
            header = self.SECTCRE.match(text)
            if header:
                section = header.group('header')
                options = self._options_under_header(section, seen, fpname, lineno)
                option = None
                continue
            if options is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            match = self._optcre.match(text)
            if not match:
                error = self._with_bad_line(error, fpname, lineno, line)
                continue
            name, value = match.group('option', 'value')
            if not name:
                # Reported, yet stored under the empty name all the same (as CPython does).
                error = self._with_bad_line(error, fpname, lineno, line)
            option = self.optionxform(name.rstrip())
            if self._strict and (section, option) in seen:
                raise DuplicateOptionError(section, option, fpname, lineno)
            seen.add((section, option))
            options[option] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _options_under_header(self, section, seen, fpname, lineno):
        """The option dict a '[section]' header starts filling: DEFAULT's, or the section's (made if new).
        Under strict, a second header for a section this file already gave is an error."""
        if section == self.default_section and section not in self._sections:
            return self._defaults
        if self._strict and section in seen:
            raise DuplicateSectionError(section, fpname, lineno)
        seen.add(section)
        if section not in self._sections:
            self._sections[section] = self._dict()
        return self._sections[section]

    def _join_multiline_values(self):
        """Turns each value's list of lines into its text and lets the interpolation see it."""
        for section, options in chain(((self.default_section, self._defaults),), self._sections.items()):
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    @staticmethod
    def _with_bad_line(error, fpname, lineno, line):
        """The ParsingError of this file (made on its first bad line), with the line appended."""
        error = error or ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    # -- getting --

    def _unify_values(self, section, vars):
        """The lookup order of get(): vars, then the section, then DEFAULT."""
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}  # DEFAULT's options are the last map already
        given = {}
        for name, value in (vars or {}).items():
            given[self.optionxform(name)] = None if value is None else str(value)
        return ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        # A missing section or option gives fallback when there is one (NoOptionError keeps the
        # KeyError it comes from as its context, as CPython's does). The statements a traceback
        # shows here and in _unify_values and items are CPython's.
        try:
            d = self._unify_values(section, vars)
            option = self.optionxform(option)
            try:
                value = d[option]
            except KeyError:
                raise NoOptionError(option, section)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() followed by a conversion; fallback covers a missing section or option, not a bad value."""
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._converter('int', int), raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._converter('float', float), raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._converter('boolean', self._convert_to_boolean), raw=raw,
                              vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, SectionProxy) pairs, DEFAULT first; with one, its (option, value)
        pairs, DEFAULT's included."""
        if section is _UNSET:
            return super().items()
        d = dict(self._defaults)  # the section's values override DEFAULT's
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        # vars may override values (and be referred to), but add no options to the list.
        listed = list(d)
        if vars:
            d.update((self.optionxform(name), value) for name, value in vars.items())
        if raw:
            return [(name, d[name]) for name in listed]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, d[name], d)) for name in listed]

    def popitem(self):
        """Removes and returns the first section (DEFAULT is never popped)."""
        names = self.sections()
        if not names:
            raise KeyError
        first = names[0]
        proxy = self[first]
        del self[first]
        return first, proxy

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the section (or DEFAULT, for a missing or empty section name) has the option."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- setting and writing --

    def _section_dict(self, section):
        """The options of a section, DEFAULT's for an empty name or the default section's."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Writes DEFAULT (when it has options) and every section, in the format read() reads."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " {} ".format(delimiter)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write(f"[{section_name}]\n")
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            fp.write(f"{key}{self._value_text(value, delimiter)}\n")
        fp.write("\n")  # a blank line after each section

    def _value_text(self, value, delimiter):
        """What follows an option's name: the delimiter and the value, its continuation lines indented
        by a tab; nothing at all for a value-less option (with allow_no_value)."""
        if value is None and self._allow_no_value:
            return ""
        return delimiter + str(value).replace('\n', '\n\t')

    def remove_option(self, section, option):
        """Removes an option; returns whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Removes a section; returns whether it existed."""
        if section not in self._sections:
            return False
        del self._sections[section]
        self._proxies.pop(section, None)
        return True

    # -- the mapping protocol: section names to SectionProxy, DEFAULT included --

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return chain((self.default_section,), self._sections.keys())

    def __getitem__(self, key):
        if key not in self:
            raise KeyError(key)
        proxy = self._proxies.get(key)
        if proxy is None:
            proxy = self._proxies[key] = SectionProxy(self, key)
        return proxy

    def __setitem__(self, key, value):
        # Assigning a section its own proxy is a no-op (clearing first would empty both).
        if key in self and self[key] is value:
            return
        # Otherwise the section's options are replaced by the mapping's.
        replaced = self._defaults if key == self.default_section else self._sections.get(key)
        if replaced is not None:
            replaced.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's check that section names, option keys and values (unless None is allowed) are
        str."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        # An empty value (None above all) passes only when options may go without values.
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return ConverterMapping(self)

    def _converter(self, name, builtin):
        """The conversion get<name> applies: a converter added under a built-in's name replaces it."""
        added = self._converter_data.get(name)
        return builtin if added is None else added

    def __getattr__(self, name):
        """get<name> for a converter added under that name. CPython stores these on the parser as
        partials of its own bound method; made on each lookup instead, they tie no cycle."""
        added = self.__dict__.get('_converter_data', {}).get(name[3:]) if name.startswith('get') else None
        if added is None:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        getter = partial(self._get_conv, conv=added)
        getter.converter = added
        return getter


class ConfigParser(RawConfigParser):
    """ConfigParser implementing BasicInterpolation, and refusing names and values that are not str."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        """The constructor's defaults are stored as given: '%' in them is not checked."""
        interpolation = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = interpolation


class SectionProxy(MutableMapping):
    """A view of one section of a parser, as a mapping of its options (DEFAULT's included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __getattr__(self, name):
        """get<converter> (getint, getboolean, an added one's): the parser's, for this section. CPython
        stores these on the proxy; made on each lookup instead, they tie no cycle through the proxy."""
        parser = self.__dict__.get('_parser')
        if parser is None or not name.startswith('get') or name[3:] not in parser._converter_data:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return partial(self.get, _impl=getattr(parser, name))

    # Both read-only, as in CPython.
    parser = property(attrgetter('_parser'), doc="The parser the section belongs to.")
    name = property(attrgetter('_name'), doc="The section's name.")

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key not in self:
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        # A ConfigParser's own check, applied here even for a RawConfigParser's sections.
        self._parser._validate_value_types(option=key, value=value)
        self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (key in self and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def _option_names(self):
        """The section's options (DEFAULT's included); for DEFAULT, its own."""
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __iter__(self):
        return iter(self._option_names())

    def __len__(self):
        return len(self._option_names())

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The parser's get (or a converter's, through _impl) for this section; fallback defaults to None."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """A view of a parser's converters: name -> function. Adding 'name' gives the parser and its sections
    a get<name> method; the built-in int, float and boolean are listed with the value None."""

    def __init__(self, parser):
        self._parser = parser
        self._data = parser._converter_data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            getter = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if getter == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value

    def __delitem__(self, key):
        try:
            'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
