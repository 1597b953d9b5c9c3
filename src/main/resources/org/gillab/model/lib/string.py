"""Common string operations: the GIL Lab model's string module.

Written for the model (not copied) to behave as CPython 3.11's Lib/string.py does: the constants,
capwords, Template ($-substitution) and Formatter (str.format's machinery, overridable piece by
piece). CPython's Template matches placeholders with a regular expression and its Formatter parses
with the C module _string; the model has no re module, so both scan the text here, with the same
grammar and the same errors. A Template subclass that changes the pattern itself (idpattern,
braceidpattern, flags or pattern) needs re, and says so.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace by default), capitalize each word, join them with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template ----

_IDENTIFIER_START = '_' + ascii_letters
_IDENTIFIER_REST = _IDENTIFIER_START + digits
_NO_MAPPING = {}
_LINE_BREAKS = '\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029'


def _identifier_end(text, start):
    """The end of the ASCII identifier ([_a-zA-Z][_a-zA-Z0-9]*) at start, or start when there is none."""
    if start >= len(text) or text[start] not in _IDENTIFIER_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _IDENTIFIER_REST:
        end += 1
    return end


def _find(text, sub, start):
    """text.find(sub, start)."""
    i = text[start:].find(sub)
    return i if i < 0 else start + i


class Template:
    """A string with $-placeholders: $$ is a literal $, $name and ${name} are replaced by mapping values."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE on CPython

    def __init_subclass__(cls):
        super().__init_subclass__()
        if any(name in cls.__dict__ for name in ('pattern', 'idpattern', 'braceidpattern', 'flags')):
            import re  # a pattern of one's own is a regular expression: the model has no re module yet

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Each placeholder as (start, end, kind, name): kind is 'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        delimiter = self.delimiter
        size = len(delimiter)
        found = []
        i = text.find(delimiter)
        while i >= 0:
            after = i + size
            end = _identifier_end(text, after)
            if text[after:after + size] == delimiter:
                found.append((i, after + size, 'escaped', None))
                after += size
            elif end > after:
                found.append((i, end, 'named', text[after:end]))
                after = end
            elif text[after:after + 1] == '{' and _identifier_end(text, after + 1) > after + 1 \
                    and text[_identifier_end(text, after + 1):][:1] == '}':
                end = _identifier_end(text, after + 1)
                found.append((i, end + 1, 'braced', text[after + 1:end]))
                after = end + 1
            else:
                found.append((i, after, 'invalid', None))
            i = _find(text, delimiter, after)
        return found

    def _invalid(self, position):
        """ValueError for a bad placeholder, at the line and column of what follows its delimiter."""
        # Lines as str.splitlines counts them; a break that ends the text starts no new line.
        prefix = self.template[:position]
        line, line_start, i = 1, 0, 0
        while i < len(prefix):
            c = prefix[i]
            i += 1
            if c == '\r' and prefix[i:i + 1] == '\n':
                i += 1
            if c in _LINE_BREAKS and i < len(prefix):
                line += 1
                line_start = i
        column = position - line_start if prefix else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _substitute(self, mapping, kws, safe):
        def lookup(name):
            if mapping is _NO_MAPPING:
                return kws[name]
            if kws and name in kws:
                return kws[name]
            return mapping[name]

        text = self.template
        pieces = []
        done = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(text[done:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                pieces.append(text[start:end])
            elif safe:
                try:
                    pieces.append(str(lookup(name)))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append(str(lookup(name)))
            done = end
        pieces.append(text[done:])
        return ''.join(pieces)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name, ValueError for a bad $."""
        return self._substitute(mapping, kws, safe=False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute, but missing names and bad placeholders are left as they are."""
        return self._substitute(mapping, kws, safe=True)

    def is_valid(self):
        """Whether every delimiter starts a valid placeholder (or a $$)."""
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        """The names of the placeholders, each once, in order of first appearance."""
        names = []
        for _, _, kind, name in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names


# ---- Formatter ----

def _parse_format(text):
    """The pieces of a format string, as (literal, field name, spec, conversion) (_string.formatter_parser)."""
    i = 0
    n = len(text)
    while i < n:
        start = i
        brace = None
        while i < n:
            c = text[i]
            i += 1
            if c == '{' or c == '}':
                brace = c
                break
        at_end = i >= n
        if brace == '}' and (at_end or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is not None and text[i] == brace:
            yield text[start:i], None, None, None  # an escaped brace: the literal keeps one
            i += 1
            continue
        if brace is None:
            yield text[start:i], None, None, None
            continue
        literal = text[start:i - 1]
        name, spec, conversion, i = _parse_field(text, i)
        yield literal, name, spec, conversion


def _parse_field(text, i):
    """The field after a '{' at i: (name, spec, conversion or None, index after its closing '}')."""
    n = len(text)
    start = i
    c = None
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = None
    if c not in ('}', ':', '!'):
        raise ValueError("expected '}' before end of string")
    name = text[start:i - 1]
    if c == '}':
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) of "a.b[0]" (_string.formatter_field_name_split)."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        c = name[i]
        i += 1
        if c == '.':
            end = i
            while end < len(name) and name[end] not in '.[':
                end += 1
            key = name[i:end]
            i = end
            is_attribute = True
        elif c == '[':
            end = _find(name, ']', i)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i:end]
            i = end + 1
            is_attribute = False
            if key.isdigit():
                key = int(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if key == '':
            raise ValueError("Empty attribute in format string")
        rest.append((is_attribute, key))
    return first, rest


class Formatter:
    """str.format as methods a subclass can override: parse, get_field, get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' numbers the fields itself; mixing that with '{0}' is an error either way round
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """args[key] for a number, kwargs[key] for a name."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Does nothing: a subclass may reject arguments the format string left unused."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Applies a !s, !r or !a conversion."""
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """The format string as (literal_text, field_name, format_spec, conversion) tuples."""
        if not isinstance(format_string, str):
            raise TypeError("expected str, got %s" % type(format_string).__name__)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name such as "0.attr[key]" designates, and the argument it started from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
