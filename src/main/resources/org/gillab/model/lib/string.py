"""Common string operations: the GIL Lab model's string module.

Written for the model (not copied) to behave as CPython 3.11's Lib/string.py does: the character
constants, capwords, Template ($-substitution) and Formatter (the machinery of str.format, split into
steps a subclass may override). Template finds its placeholders with the model's re module (ReModule),
so subclasses may change delimiter, idpattern, braceidpattern, flags or the whole pattern, as in
CPython. CPython's Formatter takes its parsing from the C module _string; here the same grammar, with
the same error messages, is scanned in Python.
"""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

# -- character classes (ASCII only, as CPython's) ------------------------------------------------

ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(str(d) for d in range(10))
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Every printable ASCII character that is neither a letter, a digit nor a space.
punctuation = ''.join(chr(c) for c in range(0x21, 0x7f) if not chr(c).isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s and join the words again.

    Words are split with s.split(sep); with sep None, whitespace runs collapse to one space and
    leading or trailing whitespace goes. Otherwise sep both splits and joins.
    """
    words = [word.capitalize() for word in s.split(sep)]
    return (' ' if sep is None else sep).join(words)


# -- Template ----------------------------------------------------------------------------------

class _Layered:
    """The keyword arguments seen in front of the mapping passed to substitute().

    CPython puts the two in a collections.ChainMap; only lookup is needed here. A key missing from
    both raises KeyError(key), whatever the mapping raised, as ChainMap's __missing__ does.
    """

    def __init__(self, front, back):
        self._layers = (front, back)

    def __getitem__(self, key):
        for layer in self._layers:
            try:
                return layer[key]
            except KeyError:
                continue
        raise KeyError(key)


def _mapping_for(mapping, kws):
    # substitute(mapping) / substitute(**kws) / both (keywords win).
    if mapping is _NOTHING:
        return kws
    if kws:
        return _Layered(kws, mapping)
    return mapping


_NOTHING = {}  # stands for "no mapping argument"; compared by identity only


def _placeholder_regex(cls):
    # The verbose pattern Template builds from a class's settings: an escaped (doubled) delimiter,
    # a bare name, a braced name, or a delimiter that starts none of those.
    lead = _re.escape(cls.delimiter)
    braced = cls.braceidpattern if cls.braceidpattern is not None else cls.idpattern
    alternatives = [
        '(?P<escaped>%s)' % lead,
        '(?P<named>%s)' % cls.idpattern,
        r'\{(?P<braced>%s)\}' % braced,
        '(?P<invalid>)',
    ]
    return '%s(?:\n    %s\n)' % (lead, '\n  | '.join(alternatives))


class Template:
    """Text with $name / ${name} placeholders, filled in by substitute() or safe_substitute()."""

    delimiter = '$'
    # Identifiers are ASCII-only even though the pattern is compiled with IGNORECASE.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A class that defines pattern itself keeps it; otherwise it is built from the pieces.
        source = cls.pattern if 'pattern' in cls.__dict__ else _placeholder_regex(cls)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Line and column as CPython reports them: the column counts the characters of the
        # placeholder's line before it (a preceding line break counts as one of them).
        before = self.template[:mo.start('invalid')].splitlines(keepends=True)
        lineno = len(before) if before else 1
        colno = len(before[-1]) if before else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _unknown_match(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_NOTHING, /, **kws):
        values = _mapping_for(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(values[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unknown_match()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NOTHING, /, **kws):
        values = _mapping_for(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unknown_match()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if all(mo.group(g) is None for g in ('named', 'braced', 'escaped')):
                raise self._unknown_match()
        return True

    def get_identifiers(self):
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is None:
                if mo.group('invalid') is None and mo.group('escaped') is None:
                    raise self._unknown_match()
            elif name not in found:
                found.append(name)
        return found


# Template itself gets its compiled pattern the way subclasses do.
Template.__init_subclass__()


# -- Formatter: the format-string grammar of str.format ------------------------------------------

def _scan_literal(text, pos):
    """Literal text from pos up to the next replacement field.

    Returns (literal, next position, whether a field starts there). A doubled brace ends the chunk
    with one brace of it kept, as _string.formatter_parser splits such text.
    """
    size = len(text)
    start = pos
    while pos < size:
        ch = text[pos]
        if ch == '{' or ch == '}':
            doubled = pos + 1 < size and text[pos + 1] == ch
            if doubled:
                return text[start:pos + 1], pos + 2, False
            if ch == '}':
                raise ValueError("Single '}' encountered in format string")
            if pos + 1 == size:
                raise ValueError("Single '{' encountered in format string")
            return text[start:pos], pos + 1, True
        pos += 1
    return text[start:], pos, False


def _scan_field(text, pos):
    """The replacement field whose '{' ended just before pos.

    Returns (field_name, format_spec, conversion, position after the closing '}').
    """
    size = len(text)
    start = pos
    # The name runs up to ':', '!' or '}', except inside [...] where anything goes.
    while True:
        if pos >= size:
            raise ValueError("expected '}' before end of string")
        ch = text[pos]
        if ch == '[':
            close = text.find(']', pos + 1)
            if close < 0:
                raise ValueError("expected '}' before end of string")
            pos = close + 1
            continue
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch in '}:!':
            break
        pos += 1
    name = text[start:pos]
    if text[pos] == '}':
        return name, '', None, pos + 1

    conversion = None
    if text[pos] == '!':
        if pos + 1 >= size:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos + 1]
        pos += 2
        if pos < size:
            if text[pos] == '}':
                return name, '', conversion, pos + 1
            if text[pos] != ':':
                raise ValueError("expected ':' after conversion specifier")
    # pos is at the ':' (or past the end): the spec ends at the '}' that balances the field's '{'.
    spec_start = pos + 1
    depth = 1
    pos += 1
    while pos < size:
        ch = text[pos]
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec_start:pos], conversion, pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _iter_format(text):
    # What Formatter.parse yields: (literal, field_name, format_spec, conversion) per field, the
    # last three None for text with no field after it. Lazy, so errors show while iterating.
    pos = 0
    while pos < len(text):
        literal, pos, has_field = _scan_literal(text, pos)
        if not has_field:
            yield literal, None, None, None
            continue
        name, spec, conversion, pos = _scan_field(text, pos)
        yield literal, name, spec, conversion


def _as_index(text):
    # A run of decimal digits names a positional argument or a sequence index.
    if text and text.isdecimal():
        if len(text) > 18 and int(text) > 9223372036854775807:
            raise ValueError("Too many decimal digits in format string")
        return int(text)
    return text


def _name_steps(rest):
    # The '.attr' and '[key]' parts after a field's first name, as (is_attribute, key) pairs.
    pos = 0
    size = len(rest)
    while pos < size:
        opener = rest[pos]
        pos += 1
        if opener == '.':
            end = pos
            while end < size and rest[end] not in '.[':
                end += 1
            if end == pos:
                raise ValueError("Empty attribute in format string")
            yield True, rest[pos:end]
        else:
            end = rest.find(']', pos)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            if end == pos:
                raise ValueError("Empty attribute in format string")
            key = rest[pos:end]
            end += 1
            if end < size and rest[end] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _as_index(key)
        pos = end


def _split_name(field_name):
    # (first part, lazy steps), as _string.formatter_field_name_split splits a field name.
    cut = 0
    while cut < len(field_name) and field_name[cut] not in '.[':
        cut += 1
    return _as_index(field_name[:cut]), _name_steps(field_name[cut:])


class Formatter:

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        # Two levels of nesting: a field, and fields inside its format spec.
        result, _ = self._expand(format_string, args, kwargs, used_args, 2, 0)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _expand(self, format_string, args, kwargs, used_args, depth, auto_index):
        # auto_index is the next automatic field number, or False once a field was numbered by
        # hand; it is threaded through nested specs so the two styles cannot be mixed anywhere.
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            auto_index, field_name = self._number_field(field_name, auto_index)
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_index = self._expand(format_spec, args, kwargs, used_args,
                                                   depth - 1, auto_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_index

    @staticmethod
    def _number_field(field_name, auto_index):
        # Mirrors CPython's checks: only an empty name is numbered automatically, and only a name
        # made of digits alone counts as a manual number.
        if field_name == '':
            if auto_index is False:
                raise ValueError('cannot switch from manual field '
                                 'specification to automatic field '
                                 'numbering')
            return auto_index + 1, str(auto_index)
        if field_name.isdigit():
            if auto_index:
                raise ValueError('cannot switch from manual field '
                                 'specification to automatic field '
                                 'numbering')
            return False, field_name
        return auto_index, field_name

    def parse(self, format_string):
        return _iter_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
