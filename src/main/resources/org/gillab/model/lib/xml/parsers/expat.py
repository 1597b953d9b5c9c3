"""xml.parsers.expat: the model has no expat; this module holds the error xml.dom.minidom raises.

ExpatError mirrors CPython's: its message is "<what>: line L, column C", with code, lineno and offset.
"""

__all__ = ['ExpatError', 'error']


class ExpatError(Exception):
    pass


error = ExpatError
