# locale in the C locale: setlocale and its errors, getlocale, encodings, localeconv's C values,
# number formatting and parsing, currency's refusal, strcoll/strxfrm, normalize's common aliases
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, "POSIX"), locale.setlocale(locale.LC_TIME, ("C", None)))
print(locale.getencoding(), locale.getpreferredencoding(False), locale.getpreferredencoding())
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getencoding(), locale.getlocale())
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
print(locale.setlocale(locale.LC_ALL, "C"))
for bad in ["de_DE", "en_US.UTF-8", "xx"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("locale.Error:", e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    locale.setlocale(99, "C")
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_ALL), locale.Error.__mro__[1:])

print(sorted(locale.localeconv().items()))
print(locale.format_string("%d|%5.1f|%-6d|%%|%s|%*d|%.*f", (1234567, 2.25, 7, "x", 5, 42, 2, 3.14159), grouping=True))
print(locale.format_string("%(n)d apples, %(p).2f", {"n": 1234, "p": 0.5}))
print(locale.format_string("%.3f", 1.5), locale.format_string("%e", 12345.678, grouping=True))
print(locale.str(3.14), locale.str(1e20), locale.str(2.0 / 3))
print(locale.atof("3.5"), locale.atoi("42"), repr(locale.atof("2.50", str)))
print(locale.delocalize("1234.5"), locale.localize("1234.5", grouping=True), locale.localize("-12"))
try:
    locale.currency(3.5)
except ValueError as e:
    print("ValueError:", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("é", "é"), locale.strxfrm("abc"))
print(sorted(["b", "B", "a", "é"], key=locale.strxfrm), sorted(["b", "a"], key=__import__("functools").cmp_to_key(locale.strcoll)))
for name in ["C", "POSIX", "posix", "C.UTF-8", "en_US", "en_US.utf8", "EN_us.UTF-8", "de_DE@euro",
             "de_DE.iso88591", "fr", "en_GB", "ja_JP", "xx", "xx_YY.utf8"]:
    print(name, "->", locale.normalize(name))
print([(n, getattr(locale, n)) for n in sorted(dir(locale)) if n.startswith("LC_")], locale.CHAR_MAX)
print(locale.__all__)
