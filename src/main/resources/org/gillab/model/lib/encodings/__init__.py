"""The encodings package of the GIL Lab model: the codecs written as modules of their own.

CPython's Lib/encodings holds a module per codec, found by its search function; the model codes most
text encodings in Java and the codecs module names the rest, so this package holds only the codecs
whose algorithm is Python: idna and punycode. Each module's getregentry() gives its CodecInfo, as
CPython's do. Written for the model, not copied.
"""


def normalize_encoding(encoding):
    """An encoding name as the package's modules are named: runs of characters other than letters, digits
    and dots become one underscore, with none at either end (encodings.normalize_encoding)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    words = []
    word = []
    for c in encoding:
        if c.isalnum() and c.isascii() or c == ".":
            word.append(c)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "_".join(words)
