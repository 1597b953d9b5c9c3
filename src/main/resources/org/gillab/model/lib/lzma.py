"""LZMA compression, .xz and .lzma files (mirrors CPython 3.11's Lib/lzma.py; written for the model, not
copied).

The compressor and decompressor come from the model's _lzma (XZ for Java); LZMAFile reads and writes
files through _compression.CompressedFile.
"""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
    "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC", "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE",
    "FORMAT_RAW", "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4", "MODE_FAST", "MODE_NORMAL",
    "PRESET_DEFAULT", "PRESET_EXTREME", "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

import _compression
from _compression import _MODE_CLOSED, _MODE_READ, _MODE_WRITE
from _lzma import *
from _lzma import LZMACompressor, LZMADecompressor, LZMAError, FORMAT_AUTO, FORMAT_XZ


class LZMAFile(_compression.CompressedFile):
    """A file of .xz or .lzma data: decompressed as it is read (all its streams), compressed as it is written."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
        elif format is None:
            format = FORMAT_XZ
        self._open(filename, mode,
                   lambda: LZMACompressor(format=format, check=check, preset=preset, filters=filters),
                   LZMADecompressor, LZMAError, format=format, filters=filters)


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile in a binary mode; in a text mode ("rt", "wt"...) a TextIOWrapper over one."""
    return _compression.open_file(
        lambda binary_mode: LZMAFile(filename, binary_mode, format=format, check=check, preset=preset, filters=filters),
        mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """{data} as one stream of {format}."""
    compressor = LZMACompressor(format, check, preset, filters)
    return compressor.compress(data) + compressor.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """All the streams in {data}, decompressed and joined; what follows the last is ignored."""
    results = []
    while True:
        decompressor = LZMADecompressor(format, memlimit, filters)
        try:
            results.append(decompressor.decompress(data))
        except LZMAError:
            if results:
                break
            raise
        if not decompressor.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decompressor.unused_data
        if not data:
            break
    return b"".join(results)
