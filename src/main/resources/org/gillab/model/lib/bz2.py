"""bzip2 compression (mirrors CPython 3.11's Lib/bz2.py; written for the model, not copied).

BZ2Compressor and BZ2Decompressor come from the model's _bz2 (commons-compress, the same bytes as
libbzip2); BZ2File reads and writes .bz2 files through _compression.CompressedFile.
"""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]

import _compression
from _bz2 import BZ2Compressor, BZ2Decompressor


class BZ2File(_compression.CompressedFile):
    """A file of bzip2 data: decompressed as it is read (all its streams), compressed as it is written."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        if mode == "":
            mode = "r"
        self._open(filename, mode, lambda: BZ2Compressor(compresslevel), BZ2Decompressor, OSError)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in a binary mode; in a text mode ("rt", "wt"...) a TextIOWrapper over one."""
    return _compression.open_file(lambda binary_mode: BZ2File(filename, binary_mode, compresslevel=compresslevel),
                                  mode, encoding, errors, newline)


def compress(data, compresslevel=9):
    """{data} as one bzip2 stream."""
    compressor = BZ2Compressor(compresslevel)
    return compressor.compress(data) + compressor.flush()


def decompress(data):
    """All the bzip2 streams in {data}, decompressed and joined; what follows the last is ignored."""
    results = []
    while data:
        decompressor = BZ2Decompressor()
        try:
            results.append(decompressor.decompress(data))
        except OSError:
            if results:
                break
            raise
        if not decompressor.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decompressor.unused_data
    return b"".join(results)
