"""The codec functions pickle needs: the GIL Lab model's _codecs (encode only).

Pickle protocols 0 to 2 have no opcode for bytes, so a pickle rebuilds them with _codecs.encode from
latin-1 text, as CPython's picklers write it; the model has no codec registry beyond str.encode,
which encode calls.
"""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)

