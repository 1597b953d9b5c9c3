"""Locale support: the GIL Lab model's locale module.

Written for the model (not copied) to behave as CPython 3.11's Lib/locale.py does in the locales every
system has: "C" (alias "POSIX") and, for LC_CTYPE, "C.UTF-8". The model starts as CPython does, with
LC_CTYPE taken from the environment (a C or POSIX one coerced to C.UTF-8, PEP 538) and the other
categories "C". setlocale(category, "") takes the environment's locale when it is one of those and
"C" otherwise; any other name is locale.Error "unsupported locale setting". localeconv() gives the C
locale's conventions, so format_string, str, atof, atoi and friends format as '%' does, and currency
refuses, as CPython's do in the C locale. normalize knows the common aliases, not CPython's full table.
"""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories in the order its composite LC_ALL name lists them; the last six have no LC_ constant
_CATEGORY_NAMES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
                   "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"]
_CATEGORY_INDEX = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3, LC_MONETARY: 4, LC_MESSAGES: 5}
_SUPPORTED = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.UTF-8"}


def _environment_locale(category_name):
    """The name setlocale(category, "") would find: LC_ALL, then the category's variable, then LANG."""
    for variable in ("LC_ALL", category_name, "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C"


def _from_environment(category_name):
    """The supported locale the environment names; CPython coerces a C LC_CTYPE to C.UTF-8 (PEP 538)."""
    name = _SUPPORTED.get(_environment_locale(category_name), "C")
    return "C.UTF-8" if category_name == "LC_CTYPE" else name


# the current locale of each glibc category: LC_CTYPE as CPython sets it at startup, the rest "C"
_current = ["C"] * len(_CATEGORY_NAMES)
_current[0] = _from_environment("LC_CTYPE")


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Sets the locale of category (a name, "" for the environment's, or a (language, encoding) pair),
    or with locale None returns the current one."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category != LC_ALL and category not in _CATEGORY_INDEX:
        raise Error("unsupported locale setting")
    if locale is None:
        if category != LC_ALL:
            return _current[_CATEGORY_INDEX[category]]
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ";".join("%s=%s" % pair for pair in zip(_CATEGORY_NAMES, _current))
    if not isinstance(locale, _builtin_str):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.')
    indexes = range(len(_current)) if category == LC_ALL else [_CATEGORY_INDEX[category]]
    names = {}
    for i in indexes:
        name = _from_environment(_CATEGORY_NAMES[i]) if locale == "" else _SUPPORTED.get(locale)
        if name is None:
            raise Error("unsupported locale setting")
        names[i] = name
    for i, name in names.items():
        _current[i] = name
    return setlocale(category)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """The C locale collates by code point."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def _group(s, monetary=False):
    """s's integer digits grouped as the locale says: the C locale's grouping is empty, so none."""
    conv = localeconv()
    separator = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping or not separator:
        return s, 0
    stripped = s.rstrip()
    trailing = s[len(stripped):]
    digits_end = len(stripped)
    while digits_end and not stripped[digits_end - 1].isdigit():
        digits_end -= 1
    groups = []
    rest = stripped[:digits_end]
    size = None
    for size in grouping:
        if not rest or not rest[-1].isdigit() or size == CHAR_MAX:
            break
        if size == 0:
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
    while rest and rest[-1].isdigit() and size:
        groups.append(rest[-size:])
        rest = rest[:-size]
    if not groups:
        return s, 0
    return rest + separator.join(reversed(groups)) + stripped[digits_end:] + trailing, len(groups) - 1


def _localize_number(formatted, grouping, monetary):
    conv = localeconv()
    parts = formatted.split('.')
    if grouping:
        parts[0], _ = _group(parts[0], monetary)
    if len(parts) > 1:
        return parts[0] + conv['mon_decimal_point' if monetary else 'decimal_point'] + parts[1]
    return parts[0]


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize_number(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val, each number formatted by the locale's conventions."""
    import re
    specs = list(re.finditer(r'%(?:\((?P<key>.*?)\))?[-#0-9 +*.hlL]*?[eEfFgGdiouxXcrs%]', f))
    if isinstance(val, dict):
        pieces = [_format(m.group(), val, grouping, monetary) if m.group() != '%%' else '%' for m in specs]
    else:
        values = val if isinstance(val, tuple) else (val,)
        pieces = []
        i = 0
        for m in specs:
            spec = m.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            stars = spec.count('*')  # each * takes a width or precision from the values first
            pieces.append(_format(spec, values[i], grouping, monetary, *values[i + 1:i + stars + 1]))
            i += stars + 1
    out = []
    last = 0
    for m, piece in zip(specs, pieces):
        out.append(f[last:m.start()])
        out.append(piece)
        last = m.end()
    out.append(f[last:])
    return ''.join(out)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: use format_string."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    import re
    if not re.fullmatch(r'%(?:\((?P<key>.*?)\))?[-#0-9 +*.hlL]*?[eEfFgGdiouxXcrs%]', percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid" % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val as money: impossible in the C locale, which has no currency conventions."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return _format('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    """A float as str() would, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """A number string with the locale's separators turned back into Python's."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string with the locale's decimal point (and grouping)."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# ---- locale names ----

_ENCODINGS = {"utf8": "UTF-8", "utf": "UTF-8", "latin1": "ISO8859-1", "iso88591": "ISO8859-1",
              "iso885915": "ISO8859-15", "latin9": "ISO8859-15", "ascii": "ISO8859-1",
              "eucjp": "eucJP", "euckr": "eucKR", "koi8r": "KOI8-R", "cp1252": "CP1252"}

locale_alias = {
    "c": "C", "posix": "C", "c.ascii": "C", "c.en": "C", "c.iso88591": "en_US.ISO8859-1",
    "c.utf8": "en_US.UTF-8", "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1",
    "en_gb": "en_GB.ISO8859-1", "en_au": "en_AU.ISO8859-1", "en_ca": "en_CA.ISO8859-1",
    "de": "de_DE.ISO8859-1", "de_de": "de_DE.ISO8859-1", "de_at": "de_AT.ISO8859-1",
    "de_ch": "de_CH.ISO8859-1", "de_de@euro": "de_DE.ISO8859-15", "fr": "fr_FR.ISO8859-1",
    "fr_fr": "fr_FR.ISO8859-1", "fr_ca": "fr_CA.ISO8859-1", "fr_fr@euro": "fr_FR.ISO8859-15",
    "es": "es_ES.ISO8859-1", "es_es": "es_ES.ISO8859-1", "it": "it_IT.ISO8859-1", "it_it": "it_IT.ISO8859-1",
    "nl": "nl_NL.ISO8859-1", "nl_nl": "nl_NL.ISO8859-1", "pt": "pt_PT.ISO8859-1", "pt_br": "pt_BR.ISO8859-1",
    "sv": "sv_SE.ISO8859-1", "sv_se": "sv_SE.ISO8859-1", "ja": "ja_JP.eucJP", "ja_jp": "ja_JP.eucJP",
    "ko": "ko_KR.eucKR", "ko_kr": "ko_KR.eucKR", "ru": "ru_RU.UTF-8", "ru_ru": "ru_RU.UTF-8",
    "zh_cn": "zh_CN.gb2312", "zh_tw": "zh_TW.big5", "pl": "pl_PL.ISO8859-2", "pl_pl": "pl_PL.ISO8859-2",
}


def _replace_encoding(code, encoding):
    language = code.split('.', 1)[0]
    key = encoding.lower().replace('-', '').replace('_', '')
    return language + '.' + _ENCODINGS.get(key, encoding)


def normalize(localename):
    """localename in the form language_TERRITORY.ENCODING[@modifier], by the alias table; unknown
    names come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    language, _, encoding = code.partition('.')
    lang_enc = language
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return found + '@' + modifier
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(language + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            code, _, found_modifier = found.partition('@')
            return _replace_encoding(code, encoding) + '@' + found_modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of category's current locale; (None, None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the (language code, encoding) the environment names."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            return _parse_localename(localename)
    return _parse_localename('C')


def resetlocale(category=LC_ALL):
    """Deprecated: sets category to the environment's locale."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    setlocale(category, "")


def _codeset(name):
    return "UTF-8" if name == "C.UTF-8" else "ANSI_X3.4-1968"


def getencoding():
    """The current LC_CTYPE locale's encoding: UTF-8 for C.UTF-8, ASCII's name for C."""
    return _codeset(_current[0])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use: the environment's LC_CTYPE locale's, or with do_setlocale false the current one's."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return _codeset(_from_environment("LC_CTYPE") if do_setlocale else _current[0])
