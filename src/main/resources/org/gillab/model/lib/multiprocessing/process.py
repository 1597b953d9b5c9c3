"""multiprocessing.process for the GIL Lab model: Process, current_process, parent_process, active_children.

Written for the model, not copied: it mirrors what CPython 3.11's Lib/multiprocessing/process.py
does as seen from a program (names, reprs, exit codes, the assertions and their messages). A
Process travels to its child the way pickle sends it (its class by name, its __dict__ by value),
so a subclass overriding run() behaves as in CPython. The child is a real OS process that the Java
_multiprocessing.Process starts; it calls this object's _bootstrap there, reports the exit code
and prints the traceback of a run() that raised.
"""

import itertools
import os
import signal
import sys

import _multiprocessing


__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']


def _signal_names():
    """-signum -> '-SIGNAME', as CPython's reprs show a child killed by a signal (exitcode=-SIGTERM).

    Where two names share a number (SIGABRT/SIGIOT) the alphabetically first wins, which is the
    name signal.Signals gives it.
    """
    names = {}
    for attribute in sorted(dir(signal)):
        if attribute.startswith('SIG') and not attribute.startswith('SIG_') and attribute.isupper():
            number = getattr(signal, attribute)
            names.setdefault(-int(number), '-' + attribute)
    return names


_EXITCODE_NAMES = _signal_names()

# Every process numbers the children it creates from 1; a child's _identity is its parent's plus
# that number, which is what its default name spells ("Process-2", "Process-1:3" in a child).
_child_numbers = itertools.count(1)



def _take_child_number():
    """The number of the next child this process creates. CPython's Manager server and Pool workers
    are Process objects too: the model's manager and pool take theirs, so that the names of the
    Processes made after them are CPython's."""
    return next(_child_numbers)


# Started children that have not been seen to finish, in start order (active_children's answer).
_running_children = {}


class BaseProcess(object):
    """A process object: run() in a child process once start() is called (see Process)."""
    _start_method = None  # the program's; a context's Process class names its own

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        creator = current_process()
        self._identity = creator._identity + (_take_child_number(),)
        # a copy of the creator's settings: authkey, and daemon, which a grandchild would inherit
        self._config = dict(creator._config)
        self._parent_name, self._parent_pid = creator.name, os.getpid()
        self._popen = None
        self._closed = False
        self._target = target
        self._args, self._kwargs = tuple(args), dict(kwargs)
        if not name:
            # "Process-3", or after the subclass: "Job-1"; an empty name counts as none
            number = ':'.join(str(part) for part in self._identity)
            name = '%s-%s' % (type(self).__name__, number)
        self._name = name
        if daemon is not None:
            self.daemon = daemon
        # terminate() asks for SIGTERM; the model's child dies by SIGKILL either way (see exitcode)
        self._signal_sent = None

    def run(self):
        """What the child does: the target with its arguments (subclasses override this)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        """Starts the child process, which calls run()."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
               'can only start a process object created by current process'
        assert not _current._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _forget_finished_children()
        self._inherit_logging()
        # The handle is made before self._popen is set: it sends this object to the child as it is
        # now, with no handle in it.
        handle = _multiprocessing.Process(target=self._bootstrap, name=self._name, fork=self._forks())
        handle.start()
        self._popen = handle
        # the parent lets go of what the child got, as CPython's start() does: a pipe end among the
        # arguments is then the child's alone once the parent's own name for it is gone
        del self._target, self._args, self._kwargs
        _running_children[self] = None

    def _forks(self):
        """Whether the child starts as a fork would start it: its context's start method, or for a plain
        Process the program's, read when it starts, as CPython's Process._Popen reads it."""
        if self._start_method is None:
            from . import get_start_method
            return get_start_method() == 'fork'
        return self._start_method == 'fork'

    def terminate(self):
        """Stops the child (SIGTERM in CPython)."""
        self._signal_sent = -signal.SIGTERM
        self._popen.terminate()

    def kill(self):
        """Stops the child with SIGKILL."""
        self._signal_sent = -signal.SIGKILL
        self._popen.kill()

    def join(self, timeout=None):
        """Waits, at most timeout seconds if given, for the child to end."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        self._popen.join(timeout)
        if self._child_exitcode() is not None:
            _running_children.pop(self, None)

    def is_alive(self):
        """Whether the child has started and not yet ended."""
        self._check_closed()
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._child_exitcode() is None:
            return True
        _running_children.pop(self, None)
        return False

    def close(self):
        """Lets go of the child's resources; most methods raise ValueError afterwards."""
        if self._popen:
            if self._child_exitcode() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            _running_children.pop(self, None)
        self._closed = True

    def _child_exitcode(self):
        """The finished child's exit code, None while it runs (the handle's answer, see terminate)."""
        code = self._popen.exitcode
        if code == -signal.SIGKILL and self._signal_sent is not None:
            # the model stops a child by SIGKILL; CPython's terminate() sends SIGTERM, and a child
            # that does not handle it dies of it
            return self._signal_sent
        return code

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Whether the child is daemonic: stopped when this process exits, and childless."""
        config = self._config
        return config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config.update(daemon=daemonic)

    @property
    def authkey(self):
        return self._config.get('authkey')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        """The child's exit code: None until it ends, minus the signal number if one killed it."""
        self._check_closed()
        if self._popen is None:
            return None
        return self._child_exitcode()

    @property
    def ident(self):
        """The process id: this process's own for current_process(), None before start()."""
        self._check_closed()
        if self is _current:
            return os.getpid()
        if self._popen is None:
            return None
        return self._popen.pid

    pid = ident

    def _status_words(self):
        """The state and exit code parts of the repr, as CPython words them."""
        if self is _current:
            return ['started']
        if self._closed:
            return ['closed']
        if self._parent_pid != os.getpid():
            return ['unknown']
        if self._popen is None:
            return ['initial']
        code = self._child_exitcode()
        if code is None:
            return ['started']
        return ['stopped', 'exitcode=%s' % (_EXITCODE_NAMES.get(code, code),)]

    def __repr__(self):
        words = [type(self).__name__, 'name=%r' % (self._name,)]
        if self._popen is not None:
            words.append('pid=%s' % (self._popen.pid,))
        words.append('parent=%s' % (self._parent_pid,))
        words.extend(self._status_words())
        if self.daemon:
            words.append('daemon')
        return '<%s>' % ' '.join(words)

    def _inherit_logging(self):
        """The logger settings this process's child starts with (spawn's preparation data)."""
        # the first import of util registers its exit function, as CPython's start() imports it (popen_fork)
        from . import util
        self._logging = util._settings_for_child()

    def _become_current(self):
        """In the child: this object is current_process(), its creator parent_process(), and the
        children this process makes are numbered from 1 again."""
        global _current, _parent, _child_numbers
        from . import util
        _running_children.clear()
        _child_numbers = itertools.count(1)
        _parent = _ParentProcess(self._parent_name, self._parent_pid)
        _current = self
        util._apply_settings(getattr(self, '_logging', None))
        util.info('child process calling self.run()')

    def _bootstrap(self):
        """In the child: become current_process() there, then run().

        The Java side prints "Process <name>:" and the traceback of an exception run() lets out, and
        turns SystemExit into the exit code; this normalises SystemExit's code first, as CPython's
        child does: None is 0, an int is itself, anything else is printed to stderr and means 1.
        """
        from . import util
        self._become_current()
        status = 1  # run() let an exception out: the Java side prints it after this
        try:
            try:
                self.run()
                status = 0
            finally:
                util._exit_function()
        except SystemExit as stop:
            status = _exit_status(stop.code)
            raise SystemExit(status) from None
        finally:
            util.info('process exiting with exitcode %d', status)
            _flush_standard_streams()
            _close_inherited_connections()


def _exit_status(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return int(code)
    sys.stderr.write(str(code) + '\n')
    return 1


def _close_inherited_connections():
    """The pipe ends this child was sent: closed as it exits, so that a reader elsewhere sees the end.
    A child that never received one never imported multiprocessing.connection."""
    connection = sys.modules.get('multiprocessing.connection')
    if connection is not None:
        connection._close_copies()


def _flush_standard_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


class Process(BaseProcess):
    """multiprocessing.Process: a child process running target(*args, **kwargs)."""


class ForkProcess(Process):
    """What a Pool's or a ProcessPoolExecutor's worker is in CPython on Linux: a Process of the fork
    context (multiprocessing.context.ForkProcess there), named 'ForkProcess-N' by its class."""
    _start_method = 'fork'


class SpawnProcess(Process):
    """A process of the spawn context (what a ProcessPoolExecutor that renews its workers starts)."""
    _start_method = 'spawn'


class ForkServerProcess(Process):
    """A process of the forkserver context."""
    _start_method = 'forkserver'


class _MainProcess(BaseProcess):
    """The process the program started in: what current_process() returns outside any child."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': os.urandom(32), 'semprefix': '/mp'}
        self._signal_sent = None

    def close(self):
        # CPython's main process object ignores close()
        pass


class _ParentProcess(BaseProcess):
    """What parent_process() returns in a child: the process that started it, seen from outside."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}
        self._signal_sent = None

    def is_alive(self):
        # the model's child lives only as long as the parent that serves it
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        # waiting for one's own parent to end: nothing the child can usefully wait for here
        return None


_current = _MainProcess()
_parent = None


def current_process():
    """The Process object of the process running this code."""
    return _current


def parent_process():
    """The parent's process object in a child; None in the main process."""
    return _parent


def _forget_finished_children():
    for child in list(_running_children):
        if child._popen is None or child._child_exitcode() is not None:
            del _running_children[child]


def active_children():
    """The children started here that are still running (finished ones are joined as a side effect)."""
    _forget_finished_children()
    return list(_running_children)
