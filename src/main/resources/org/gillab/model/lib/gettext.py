"""Message translation through GNU .mo catalogs: the GIL Lab model's gettext.

Mirrors CPython 3.11's Lib/gettext.py: written for the model from the gettext documentation, the GNU .mo
file format and experiments with python3, not copied. The class-based API (NullTranslations,
GNUTranslations with Plural-Forms, fallbacks, install into builtins), translation() and find() (the
LANGUAGE, LC_ALL, LC_MESSAGES and LANG variables, each name expanded through locale.normalize) and the
GNU-style functions (textdomain, bindtextdomain, [d][n][p]gettext). A Plural-Forms expression is parsed by
a small C-expression parser here, with CPython's error messages; where CPython's own translation of the
expression is not valid Python (a "!" right after an arithmetic or comparison operator, which is a
SyntaxError there) the model reports an unexpected token instead, and an expression nesting more than
_MAX_OPEN parentheses and conditionals is "too complex" at once, even where a syntax error follows.
"""

import operator as _operator
import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation',
           'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext', 'dpgettext',
           'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------------------------------
# Plural-Forms expressions: C's syntax for an integer function of n

# A token is a word (n or a decimal number), a two-character operator or one other character (an
# invalid one when it is no operator); spaces and tabs separate tokens.
_SPACES = re.compile(r'[ \t]*')
_TOKEN = re.compile(r'\w+|==|!=|<=|>=|&&|\|\||.', re.DOTALL)
_OPERATOR_TOKENS = frozenset(['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '?', ':', '(', ')',
                              '+', '-', '*', '/', '%'])
# The deepest parenthesis nesting CPython accepts in the Python expression it makes of a plural form.
_MAX_NESTING = 20
# Parentheses and conditionals open inside each other beyond this depth are sure to nest deeper than
# _MAX_NESTING (each pair of levels adds at least one): the parser stops there, before it recurses too deep.
_MAX_OPEN = 2 * _MAX_NESTING + 4
_MAX_LENGTH = 1000


def _eager(operation):
    """A binary operator of C that evaluates both operands: given the operands' evaluate functions, the
    node's (one frame per operator, so a long chain of them evaluates within the recursion limit)."""
    return lambda left, right: lambda n: operation(left(n), right(n))


# C's binary operators from the loosest binding to the tightest, each level grouping to the left, with the
# kind of node a level makes when CPython parenthesises one inside another (comparisons: Python chains
# a < b < c where C groups it). || and && keep Python's "or" and "and": an operand's value, not a bool.
_BINARY_LEVELS = [
    ({'||': lambda left, right: lambda n: left(n) or right(n)}, None),
    ({'&&': lambda left, right: lambda n: left(n) and right(n)}, None),
    ({'==': _eager(_operator.eq), '!=': _eager(_operator.ne)}, 'compare'),
    ({'<': _eager(_operator.lt), '>': _eager(_operator.gt), '<=': _eager(_operator.le), '>=': _eager(_operator.ge)},
     'compare'),
    ({'+': _eager(_operator.add), '-': _eager(_operator.sub)}, None),
    ({'*': _eager(_operator.mul), '/': _eager(_operator.floordiv), '%': _eager(_operator.mod)}, None),
]
# CPython writes ! as Python's "not", whose operand runs to the next && or ||: !n == 0 is !(n == 0).
_NEGATED_LEVEL = 2


class _Node:
    """A parsed sub-expression: evaluate(n), and how deeply CPython's Python form of it nests
    parentheses (a comparison inside a comparison and a conditional in the middle of another get some)."""

    def __init__(self, evaluate, nesting=0, kind=None):
        self.evaluate = evaluate
        self.nesting = nesting
        self.kind = kind

    def wrapped_nesting(self, kind):
        """The nesting of this node as an operand of a construct that parenthesises a bare node of kind."""
        return self.nesting + (kind is not None and self.kind == kind)


class _PluralParser:
    """Recursive descent over C's precedence levels: ?:, then _BINARY_LEVELS (with ! before the comparisons)."""

    def __init__(self, text):
        self._text = text
        self._position = 0
        self._token = None
        self._open = 0
        self._advance()

    def _advance(self):
        self._position = _SPACES.match(self._text, self._position).end()
        match = _TOKEN.match(self._text, self._position)
        if match is None:
            self._token = None
            return
        self._position = match.end()
        token = match.group()
        if token != 'n' and not token.isdigit() and token not in _OPERATOR_TOKENS:
            raise ValueError('invalid token in plural form: %s' % token)
        self._token = token

    def _unexpected(self):
        if self._token is None:
            return ValueError('unexpected end of plural form')
        return ValueError('unexpected token in plural form: %s' % self._token)

    def _expect(self, token):
        if self._token != token:
            raise self._unexpected()
        self._advance()

    def parse(self):
        node = self._conditional()
        if self._token is not None:
            raise self._unexpected()
        return node

    def _nested(self, parse):
        """parse() of a part opened inside another: a parenthesis or the middle of a conditional."""
        self._open += 1
        if self._open > _MAX_OPEN:
            raise ValueError('plural form expression is too complex')
        node = parse()
        self._open -= 1
        return node

    def _conditional(self):
        # a ? b : c ? d : e groups to the right; a loop collects the (condition, value) pairs.
        branches = []
        while True:
            condition = self._binary(0)
            if self._token != '?':
                break
            self._advance()
            if_true = self._nested(self._conditional)
            self._expect(':')
            branches.append((condition, if_true))
        node = condition
        for condition, if_true in reversed(branches):
            node = self._choice(condition, if_true, node)
        return node

    @staticmethod
    def _choice(condition, if_true, if_false):
        nesting = max(condition.nesting, if_true.wrapped_nesting('?'), if_false.nesting)
        return _Node(lambda n: if_true.evaluate(n) if condition.evaluate(n) else if_false.evaluate(n), nesting, '?')

    def _binary(self, level):
        """Operands of the operators of _BINARY_LEVELS[level], each operand made of tighter operators."""
        if level == len(_BINARY_LEVELS):
            return self._primary()
        if level == _NEGATED_LEVEL and self._token == '!':
            return self._negation()
        operators, kind = _BINARY_LEVELS[level]
        node = self._binary(level + 1)
        while self._token in operators:
            combine = operators[self._token]
            self._advance()
            left, right = node, self._binary(level + 1)
            node = _Node(combine(left.evaluate, right.evaluate),
                         max(left.wrapped_nesting(kind), right.wrapped_nesting(kind)), kind)
        return node

    def _negation(self):
        negations = 0
        while self._token == '!':
            self._advance()
            negations += 1
        operand = self._binary(_NEGATED_LEVEL)
        odd = negations % 2 == 1
        return _Node(lambda n: not operand.evaluate(n) if odd else not not operand.evaluate(n), operand.nesting)

    def _primary(self):
        token = self._token
        if token == '(':
            self._advance()
            inner = self._nested(self._conditional)
            if self._token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self._advance()
            return _Node(inner.evaluate, inner.nesting + 1)
        if token == 'n':
            self._advance()
            return _Node(lambda n: n)
        if token is not None and token.isdigit():
            self._advance()
            value = int(token)
            return _Node(lambda n: value)
        raise self._unexpected()


def _as_int(n):
    """A plural count that is no int: a number is used (with a DeprecationWarning at the ngettext
    caller, three frames up), anything else is a TypeError."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (type(n).__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,), DeprecationWarning, 4)
    return n


def c2py(plural):
    """The function of n a C plural-form expression describes, returning an int."""
    if len(plural) > _MAX_LENGTH:
        raise ValueError('plural form expression is too long')
    expression = _PluralParser(plural).parse()
    if expression.nesting > _MAX_NESTING:
        raise ValueError('plural form expression is too complex')

    def plural_index(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expression.evaluate(n))
    return plural_index


# ---------------------------------------------------------------------------------------------------
# Finding catalogs

def _expand_lang(loc):
    """The names a locale's catalog may be filed under, the most specific first: de_DE.UTF-8 gives
    de_DE.UTF-8, de_DE, de.UTF-8, de."""
    import locale
    rest, at, modifier = locale.normalize(loc).partition('@')
    rest, dot, codeset = rest.partition('.')
    language, underscore, territory = rest.partition('_')
    parts = [underscore + territory, dot + codeset, at + modifier]
    present = [bool(part) for part in parts]
    names = []
    # Every subset of the parts present, from all of them down to none: bit 2 territory, 1 codeset, 0 modifier.
    for mask in range(7, -1, -1):
        chosen = [(mask >> (2 - index)) & 1 for index in range(3)]
        if all(present[index] or not chosen[index] for index in range(3)):
            names.append(language + ''.join(part for part, use in zip(parts, chosen) if use))
    return names


def _languages_from_environment():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first language that has one (all=True: every such file), looking
    in localedir/LANGUAGE/LC_MESSAGES/DOMAIN.mo; the C locale ends the search."""
    if localedir is None:
        localedir = _default_localedir
    wanted = list(languages) if languages is not None else _languages_from_environment()
    if 'C' not in wanted:
        wanted.append('C')
    names = []
    for language in wanted:
        names.extend(name for name in _expand_lang(language) if name not in names)
    found = []
    for name in names:
        if name == 'C':
            break
        mofile = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found if all else None


# ---------------------------------------------------------------------------------------------------
# Translations

class NullTranslations:
    """Translates nothing: each message is returned as given, or asked of the fallback when there is one.
    The base of every translations class; a subclass reads its catalog in _parse."""

    def __init__(self, fp=None):
        self._fallback = None
        self._info, self._charset = {}, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Reads the catalog in the open binary file fp: a null catalog has nothing to read."""

    def add_fallback(self, fallback):
        """fallback answers what this catalog (and the fallbacks added before) cannot."""
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Makes _ (and any of gettext, ngettext, pgettext and npgettext named) builtins."""
        import builtins
        builtins._ = self.gettext
        for name in {'gettext', 'ngettext', 'pgettext', 'npgettext'} & set(names or ()):
            setattr(builtins, name, getattr(self, name))


class GNUTranslations(NullTranslations):
    """A GNU .mo catalog: a magic number, a revision, then the offsets of two tables of (length, offset)
    pairs, the original strings' and their translations'. The entry for "" is the header whose
    Content-Type gives the charset and whose Plural-Forms gives the plural function."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    # How a message with a context is keyed in the catalog.
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """(major, minor) of a catalog's revision number."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        filename = getattr(fp, 'name', '')
        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        revision, count, originals_at, translations_at = unpack(order + '4I', data[4:20])
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)

        def string_at(table, index):
            length, offset = unpack(order + '2I', data[table + 8 * index:table + 8 * index + 8])
            if offset + length >= len(data):
                raise OSError(0, 'File is corrupt', filename)
            return data[offset:offset + length]

        for index in range(count):
            original = string_at(originals_at, index)
            translated = string_at(translations_at, index)
            if not original:
                self._read_header(translated)
            charset = self._charset or 'ascii'
            if b'\x00' in original:
                singular = str(original.split(b'\x00')[0], charset)
                for form, text in enumerate(translated.split(b'\x00')):
                    catalog[(singular, form)] = str(text, charset)
            else:
                catalog[str(original, charset)] = str(translated, charset)

    def _read_header(self, header):
        """The "Key: value" lines of the catalog's header into info(); a line without a colon continues
        the value before it. Content-Type sets the charset and Plural-Forms the plural function."""
        last_key = None
        for raw_line in header.split(b'\n'):
            line = raw_line.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last_key:
                    self._info[last_key] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last_key = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _lookup(self, key):
        """The translation of key, also when it was only given as the singular of a plural message."""
        found = self._catalog.get(key)
        return found if found is not None else self._catalog.get((key, self.plural(1)))

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.ngettext(self, msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.npgettext(self, context, msgid1, msgid2, n)


# Catalogs already read, by (class, absolute path); translation() hands out copies.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of domain: the catalog of the first language found, the others' as its
    fallbacks; without any, a NullTranslations when fallback is true, else FileNotFoundError."""
    import copy
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    class_ = class_ or GNUTranslations
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        catalog = _translations.get(key)
        if catalog is None:
            with open(mofile, 'rb') as fp:
                catalog = _translations.setdefault(key, class_(fp))
        catalog = copy.copy(catalog)
        if result is None:
            result = catalog
        else:
            result.add_fallback(catalog)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


Catalog = translation

# ---------------------------------------------------------------------------------------------------
# The GNU gettext API: a current domain and a directory per domain

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Sets the domain gettext() and friends use, when given; returns the current one."""
    global _current_domain
    _current_domain = _current_domain if domain is None else domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Files domain's catalogs under localedir, when given; returns where they are looked for."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    """domain's translations from its bound directory, or None when it has no catalog."""
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    found = _domain_translation(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    found = _domain_translation(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    found = _domain_translation(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    found = _domain_translation(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """dgettext in the current textdomain()."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """dngettext in the current textdomain()."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """dpgettext in the current textdomain()."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """dnpgettext in the current textdomain()."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)
