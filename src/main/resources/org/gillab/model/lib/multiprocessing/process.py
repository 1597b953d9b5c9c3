"""multiprocessing.process for the GIL Lab model: current_process, parent_process, active_children.

Behaves as CPython 3.11's Lib/multiprocessing/process.py documents (written for the model, not
copied). The Process class itself is the Java _multiprocessing.Process, on the project's pool.
"""

import os

import _multiprocessing
from _multiprocessing import Process

__all__ = ['Process', 'current_process', 'active_children', 'parent_process']


class _ThisProcess(object):
    """The process the code runs in, as current_process() describes it."""

    def __init__(self, name, parent):
        self._name = name
        self._parent = parent

    @property
    def name(self):
        return self._name

    @property
    def pid(self):
        return os.getpid()

    ident = pid

    @property
    def daemon(self):
        return False

    @property
    def exitcode(self):
        return None

    def is_alive(self):
        return True

    def __repr__(self):
        kind = '_MainProcess' if self._parent is None else 'Process'
        return "<%s name=%r parent=%s started>" % (kind, self._name, self._parent)


_current = _ThisProcess(*_multiprocessing.this_process())


def current_process():
    return _current


def parent_process():
    parent = _current._parent
    if parent is None:
        return None
    return _ParentProcess(parent)


class _ParentProcess(object):

    def __init__(self, pid):
        self.pid = self.ident = pid
        self.name = 'MainProcess'

    def __repr__(self):
        return "<_ParentProcess name='MainProcess' parent=None unknown>"


def active_children():
    return _multiprocessing.active_children()
