"""configparser: INI-style configuration files, as CPython 3.11's module behaves.

Written for GIL Lab from CPython's documentation and experiments: the parsing rules (comments, indented
continuation lines, empty lines in values, duplicate checks under strict), the text write() produces, the
interpolation syntaxes and every error's message and args are CPython 3.11's. Not provided: the
deprecated SafeConfigParser, LegacyInterpolation and readfp.
"""

import functools
import io
import itertools
import os
import re
import sys
import weakref
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser",
           "RawConfigParser", "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ---- errors: CPython's repr() of these is their message alone, and their args are the values given ----

class Error(Exception):
    """Base class for configparser's exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


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
        Error.__init__(self, message)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option occurs twice in one section while reading."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            message = "Option " + what
        else:
            message = _where(source, lineno) + "option " + what
        Error.__init__(self, message)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an interpolation key {!r} which is"
               " not a valid option name. Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} contains an"
               " interpolation key which cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax; lists every bad line."""

    def __init__(self, source=None):
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# Marks "no argument given" where None is a meaningful value (fallback=None returns None).
_UNSET = object()


# ---- interpolation ----

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
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
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _option_pattern(delimiters, allow_no_value)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            " got an object of type {}".format(type(self._interpolation)))
        if converters is not _UNSET:
            self.converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
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
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Reads the lines of f; source names it in errors (default: f.name, else '<???>')."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads sections from a mapping of section names to mappings of options; keys and values become
        str (None values stay None)."""
        elements_added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in elements_added:
                    raise
            elements_added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in elements_added:
                    raise DuplicateOptionError(section, key, source)
                elements_added.add((section, key))
                self.set(section, key, value)

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
        elements_added = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                if not self._empty_lines_in_values:
                    indent_level = sys.maxsize  # an empty line ends the value
                elif comment_start is None and cursect is not None and optname and cursect[optname] is not None:
                    cursect[optname].append('')
                continue
            first_nonspace = self.NONSPACECRE.search(line)
            cur_indent_level = first_nonspace.start() if first_nonspace else 0
            if cursect is not None and optname and cur_indent_level > indent_level:
                cursect[optname].append(value)  # a continuation line
                continue
            indent_level = cur_indent_level
            header = self.SECTCRE.match(value)
            if header:
                sectname = header.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in elements_added:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    elements_added.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    elements_added.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                match = self._optcre.match(value)
                if not match:
                    error = self._handle_error(error, fpname, lineno, line)
                    continue
                optname, vi, optval = match.group('option', 'vi', 'value')
                if not optname:
                    error = self._handle_error(error, fpname, lineno, line)
                optname = self.optionxform(optname.rstrip())
                if self._strict and (sectname, optname) in elements_added:
                    raise DuplicateOptionError(sectname, optname, fpname, lineno)
                elements_added.add((sectname, optname))
                cursect[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        """Turns each value's list of lines into its text and lets the interpolation see it."""
        for section, options in itertools.chain(((self.default_section, self._defaults),), self._sections.items()):
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _handle_error(self, error, fpname, lineno, line):
        if not error:
            error = ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    # -- getting --

    def _unify_values(self, section, vars):
        """The lookup order of get(): vars, then the section, then DEFAULT."""
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            sectiondict = {}
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return ChainMap(vardict, sectiondict, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
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
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        orig_keys = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(option, d[option]) for option in orig_keys]
        return [(option, self._interpolation.before_get(self, section, option, d[option], d))
                for option in orig_keys]

    def popitem(self):
        """Removes and returns the first section (DEFAULT is never popped)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

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
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Removes an option; returns whether it existed."""
        sectdict = self._section_dict(section)
        option = self.optionxform(option)
        existed = option in sectdict
        if existed:
            del sectdict[option]
        return existed

    def remove_section(self, section):
        """Removes a section; returns whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            self._proxies.pop(section, None)
        return existed

    # -- the mapping protocol: section names to SectionProxy, DEFAULT included --

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        proxy = self._proxies.get(key)
        if proxy is None:
            proxy = self._proxies[key] = SectionProxy(self, key)
        return proxy

    def __setitem__(self, key, value):
        # Assigning a section its own proxy is a no-op (clearing first would empty both).
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's check that section names, option keys and values (unless None is allowed) are
        str."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
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
        getter = functools.partial(self._get_conv, conv=added)
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
        return functools.partial(self.get, _impl=getattr(parser, name))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

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

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
