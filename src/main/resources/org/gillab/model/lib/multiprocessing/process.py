"""multiprocessing.process for the GIL Lab model: Process, current_process, parent_process, active_children.

Behaves as CPython 3.11's Lib/multiprocessing/process.py documents (written for the model, not
copied). A Process travels to its child as pickle sends it (its class by name, its __dict__ by
value), so a subclass overriding run() works as in CPython; the child is a real OS process started
by the Java _multiprocessing.Process, which calls the object's _bootstrap there, reports the exit
code and prints the traceback of a run() that raised.
"""

import itertools
import os

import _multiprocessing

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']

_counter = itertools.count(1)
_children = set()


class BaseProcess(object):
    """Process objects represent activity that is run in a separate process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = (count,)
        self._parent_pid = os.getpid()
        self._parent_name = current_process().name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + str(count)
        self._daemonic = bool(daemon) if daemon is not None else False

    def run(self):
        """Method to be run in sub-process; can be overridden in sub-class."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start child process."""
        assert self._started() is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        # the child gets this object as it is now: class by name, __dict__ by value
        child = _multiprocessing.Process(target=BaseProcess._bootstrap, args=(self,), name=self._name)
        child.start()
        self._popen = child
        _children.add(self)

    def _started(self):
        return self.__dict__.get('_popen')

    def _bootstrap(self):
        """In the child: what current_process() returns is this object; then run()."""
        global _current
        _current = self
        self.run()

    def terminate(self):
        """Terminate process; sends SIGTERM signal or uses TerminateProcess()."""
        self._check_closed()
        if self._started() is not None:
            self._popen.terminate()

    def kill(self):
        """Terminate process; sends SIGKILL signal or uses TerminateProcess()."""
        self._check_closed()
        if self._started() is not None:
            self._popen.kill()

    def join(self, timeout=None):
        """Wait until child process terminates."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._started() is not None, 'can only join a started process'
        self._popen.join(timeout)
        if self._popen.exitcode is not None:
            _children.discard(self)

    def is_alive(self):
        """Return whether process is alive."""
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._started() is None:
            return False
        alive = self._popen.is_alive()
        if not alive:
            _children.discard(self)
        return alive

    def close(self):
        """Close the Process object: it releases the resources it holds; an error while it runs."""
        if self._started() is not None:
            if self._popen.exitcode is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
        self.__dict__['_closed'] = True
        _children.discard(self)

    def _check_closed(self):
        if self.__dict__.get('_closed'):
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Return whether process is a daemon."""
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._started() is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        """Return exit code of process or `None` if it has yet to stop."""
        self._check_closed()
        if self._started() is None:
            return None
        return self._popen.exitcode

    @property
    def ident(self):
        """Return identifier (PID) of process or `None` if it has yet to start."""
        self._check_closed()
        if self is _current:
            return os.getpid()
        return self._popen.pid if self._started() is not None else None

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is _current:
            status = 'started'
        elif self.__dict__.get('_closed'):
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._started() is None:
            status = 'initial'
        else:
            exitcode = self._popen.exitcode
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._started() is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._daemonic = False

    def close(self):
        pass


_current = None
_current = _MainProcess()


def current_process():
    """Return process object representing the current process."""
    return _current


def parent_process():
    """Return process object representing the parent process."""
    if _current._parent_pid is None:
        return None
    return _ParentProcess(_current._parent_name, _current._parent_pid)


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._parent_pid = None
        self._pid = pid
        self._daemonic = False

    @property
    def ident(self):
        return self._pid

    pid = ident

    def is_alive(self):
        return True

    def __repr__(self):
        return '<_ParentProcess name=%r parent=None unknown>' % self._name


def active_children():
    """Return list of process objects corresponding to live child processes."""
    return [p for p in list(_children) if p.is_alive()]
