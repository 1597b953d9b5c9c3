"""Thread-based parallelism: the GIL Lab model's threading module.

Written for the model (not copied) to behave as CPython 3.11's Lib/threading.py documents and does.
It is Python over the model's _thread, as CPython's is over its C _thread: the locks are _thread's
(every wait releases the GIL there), while Condition, Semaphore, Event, Barrier, Timer and Thread are
Python built from them, so they run bytecode and contend for the GIL as CPython's do.
Thread.start() returns once the new thread runs; non-daemon threads are joined at exit (_shutdown,
which the model calls when the main module ends). threading.local is Python here too (CPython's is
the C type _thread._local): it looks and behaves like that type.

Where a CPython traceback shows a line of threading.py (a thread's failing run(), a Ctrl-C in a
wait, a broken barrier), the line here reads the same, so that the model's tracebacks match.
"""

import _thread
import sys as _sys
import _collections
from _weakref import ref as _weak_ref
from time import monotonic as _now

__all__ = ['Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'Condition', 'Event', 'ExceptHookArgs',
           'Lock', 'RLock', 'Semaphore', 'TIMEOUT_MAX', 'Thread', 'ThreadError', 'Timer', 'active_count',
           'current_thread', 'enumerate', 'excepthook', 'get_ident', 'get_native_id', 'getprofile',
           'gettrace', 'local', 'main_thread', 'setprofile', 'settrace', 'stack_size']

# Re-exported from _thread as they are (CPython's threading does the same): Lock is the factory
# function allocate_lock itself, and _CRLock the RLock type behind the RLock() factory below.
from _thread import (TIMEOUT_MAX, allocate_lock as Lock, error as ThreadError, get_ident, get_native_id,
                     stack_size, RLock as _CRLock)

ExceptHookArgs = _thread._ExceptHookArgs
# threading.excepthook may be replaced by the program; __excepthook__ keeps the default (in Java)
excepthook = __excepthook__ = _thread._excepthook


def RLock(*args, **kwargs):
    """A new reentrant lock: its owner may take it again, and must release it as often."""
    return _thread.RLock(*args, **kwargs)


# ---------------------------------------------------------------------------------------------------
# settrace / setprofile: hooks installed in each thread threading starts from then on

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Have every thread started later run sys.settrace(func) before its run()."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The function settrace() last set, or None."""
    return _trace_hook


def setprofile(func):
    """Have every thread started later run sys.setprofile(func) before its run()."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The function setprofile() last set, or None."""
    return _profile_hook


def _warn_deprecated(message):
    """The DeprecationWarning of a camelCase alias, pointing at its caller."""
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _class_path(obj):
    """module.QualName of obj's class, as the reprs of Semaphore, Event and Barrier begin."""
    cls = obj.__class__
    return f"{cls.__module__}.{cls.__qualname__}"


# ---------------------------------------------------------------------------------------------------
# Condition

class Condition:
    """A lock (an RLock unless one is given) and a queue of the threads waiting to be notified.

    wait() releases the lock and blocks until notify() or notify_all(); the waiters wake in the
    order they began to wait. Each waiter blocks on a lock of its own, taken once when it queues;
    notify() releases the oldest waiters' locks.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # acquire and release are the lock's own bound methods, as in CPython
        self.acquire, self.release = lock.acquire, lock.release
        # An RLock can drop all its levels for a wait and take them back after it (and tell who
        # holds it): its own methods then replace the plain-lock versions below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            own = getattr(lock, name, None)
            if own is not None:
                setattr(self, name, own)
        self._waiters = _collections.deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        # a plain lock has a single level: nothing to remember
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot name its holder: held counts as held by the caller.
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def _queue_waiter(self):
        """A held lock for the calling thread to block on, queued for notify() to release."""
        lock = _thread.allocate_lock()
        lock.acquire()
        self._waiters.append(lock)
        return lock

    def _unqueue_waiter(self, lock):
        try:
            self._waiters.remove(lock)
        except ValueError:
            pass  # notify() took it off the queue already

    def wait(self, timeout=None):
        """Release the lock, block until notified or timeout seconds pass, take the lock back.

        True when notified, False when the time ran out.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = self._queue_waiter()
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(blocking=False)
        finally:
            self._acquire_restore(saved)
            if not gotit:
                self._unqueue_waiter(waiter)
        return gotit

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (checked first, then after each wakeup); its last value.

        A timeout bounds the whole wait, not each wakeup. As in CPython, the first wait happens
        whatever the timeout (wait(0) when it is 0), so the predicate is checked at least twice.
        """
        deadline = None
        waittime = timeout
        while True:
            result = predicate()
            if result:
                return result
            if deadline is not None:
                waittime = deadline - _now()
                if waittime <= 0:
                    return result
            elif timeout is not None:
                deadline = _now() + timeout
            self.wait(waittime)

    def notify(self, n=1):
        """Wake the n threads that have waited longest (fewer when fewer wait)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        queue = self._waiters
        while n > 0 and queue:
            queue.popleft().release()
            n -= 1

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated spelling of notify_all()."""
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


def _plain_condition():
    """The Condition Semaphore, Event and Barrier are built on: over a Lock, they never nest it."""
    return Condition(Lock())


# ---------------------------------------------------------------------------------------------------
# Semaphore, BoundedSemaphore

class Semaphore:
    """A counter of permits: acquire() takes one, waiting while there is none; release() adds."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = _plain_condition()
        self._value = value

    def __repr__(self):
        return f"<{_class_path(self)} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Take a permit: True once taken, False without one (not blocking, or timed out)."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    # the timeout bounds the whole acquire, however many wakeups it takes
                    if deadline is None:
                        deadline = _now() + timeout
                    else:
                        timeout = deadline - _now()
                    if timeout <= 0:
                        return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Add n permits, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to hold more permits than it began with (ValueError)."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._ceiling = value

    def __repr__(self):
        return f"<{_class_path(self)} at {id(self):#x}: value={self._value}/{self._ceiling}>"

    def release(self, n=1):
        """Add n permits, unless that would exceed the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if n > self._ceiling - self._value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------------------------------
# Event

class Event:
    """A flag threads can wait for: set() raises it and wakes them all, clear() lowers it."""

    def __init__(self):
        self._cond = _plain_condition()
        self._flag = False

    def __repr__(self):
        state = 'set' if self._flag else 'unset'
        return f"<{_class_path(self)} at {id(self):#x}: {state}>"

    def is_set(self):
        """Whether the flag is up."""
        return self._flag

    def isSet(self):
        """Deprecated spelling of is_set()."""
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Raise the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag: wait() blocks again."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is up (or timeout seconds pass); True unless the time ran out."""
        with self._cond:
            if self._flag:
                return True
            signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------------------------------
# Barrier

class BrokenBarrierError(RuntimeError):
    """Raised in the threads of a Barrier that was aborted, reset or timed out."""


# A Barrier's states. The numbers are CPython's: the waiters' predicate below tests for 0.
_FILLING = 0       # threads arrive and wait
_DRAINING = 1      # the last one arrived: the round's threads leave
_RESETTING = -1    # reset() while threads wait: they leave with BrokenBarrierError
_BROKEN = -2       # aborted or timed out, until reset()


class Barrier:
    """parties threads each call wait(); none returns before all have come, and then all do.

    wait() returns each thread its arrival index, 0 to parties-1; the last to arrive runs the
    action first. A timeout, an action that raises or abort() breaks the barrier: every waiter,
    and every later wait() until reset(), raises BrokenBarrierError.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = _plain_condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        head = f"<{_class_path(self)} at {id(self):#x}"
        if self.broken:
            return f"{head}: broken>"
        return f"{head}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the others; the arrival index. timeout=None means the barrier's own timeout."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.
            arrival = self._count
            self._count = arrival + 1
            try:
                if arrival + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
            finally:
                self._count -= 1
                self._exit()
            return arrival

    def _enter(self):
        # a round still leaving (or a reset still under way) finishes before the next one fills
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state == _BROKEN:
            raise BrokenBarrierError

    def _release(self):
        # the last arrival: run the action, then let the round go
        if self._action:
            try:
                self._action()
            except BaseException:
                self._break()  # the others get BrokenBarrierError, this thread the action's error
                raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            # timed out: this round can never complete
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _exit(self):
        # the last thread out of a round (or of a reset) opens the barrier for the next round
        if self._count == 0 and self._state in (_DRAINING, _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Back to the empty, unbroken state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count == 0:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                # the waiters leave broken; the last one out sets _FILLING (_exit)
                self._state = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiters now and later get BrokenBarrierError, until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """How many threads each round needs."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads wait in the current round."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------------------------------
# The registry of threads

_name_lock = _thread.allocate_lock()
_names_given = 0


def _newname(template):
    """template % the next number: unnamed threads and dummy threads share one sequence."""
    global _names_given
    with _name_lock:
        _names_given += 1
        number = _names_given
    return template % number


def _default_name(target):
    """CPython 3.11's name for an unnamed thread: Thread-N, then the target's name in parentheses."""
    label = _newname("Thread-%d")
    if target is not None:
        try:
            label += f" ({target.__name__})"
        except AttributeError:
            pass  # a callable object without a __name__
    return label


# What enumerate() lists: _active maps the ident of each thread running Python code to its Thread;
# _limbo holds those start() started that do not run yet.
_active_limbo_lock = _CRLock()
_active = {}
_limbo = {}

# The end locks of the non-daemon threads that run: _shutdown waits for each to be released.
_nondaemon_lock = _thread.allocate_lock()
_nondaemon_ends = set()

# _register_atexit's calls, and whether _shutdown began (no more registrations then)
_SHUTTING_DOWN = False
_exit_calls = []


def _report_hook_failure(thread, failure, fallback_sys_hook):
    """threading.excepthook itself raised: "Exception in threading.excepthook:", then sys.excepthook
    reports the hook's exception alone (not the thread's, which it happened while handling)."""
    failure.__suppress_context__ = True
    stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
    print("Exception in threading.excepthook:", file=stderr, flush=True)
    sys_hook = _sys.excepthook if _sys.excepthook is not None else fallback_sys_hook
    sys_hook(type(failure), failure, failure.__traceback__)


def _make_invoke_excepthook():
    """The function a new thread reports an exception from its run() with.

    The hooks are looked up when it is called; the ones in place now stand in for any the program
    has set to None by then (and a thread cannot even be made while either is None).
    """
    hook_then = excepthook
    if hook_then is None:
        raise RuntimeError("threading.excepthook is None")
    sys_hook_then = _sys.excepthook
    if sys_hook_then is None:
        raise RuntimeError("sys.excepthook is None")

    def invoke_excepthook(thread):
        # called from the except: clause of _bootstrap_inner, so exc_info() is run()'s exception
        args = None
        try:
            hook = excepthook if excepthook is not None else hook_then
            args = ExceptHookArgs([*_sys.exc_info(), thread])
            hook(args)
        except Exception as failure:
            _report_hook_failure(thread, failure, sys_hook_then)
        finally:
            args = None  # it holds the traceback, and so the frames: let them go now

    return invoke_excepthook


# ---------------------------------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: start() runs run() in a new thread, which calls target(*args, **kwargs)
    unless a subclass overrides run(). The program exits once the non-daemon threads have ended."""

    # so that a subclass whose __init__ skips Thread.__init__ gets CPython's errors
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._name = str(name) if name else _default_name(target)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        # a thread made by a daemon thread is a daemon unless told otherwise
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._end_lock = None     # held while the thread runs (see _hold_end_lock)
        self._started = Event()
        self._has_ended = False
        self._local_refs = None   # weak references to the threading.local data it made (see local)
        self._initialized = True
        # where the excepthook writes if sys.stderr is None by the time the thread fails
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # notices a thread that ended
        if self._has_ended:
            words = ["stopped"]
        else:
            words = ["started" if self._has_started() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{self.__class__.__name__}({self._name}, {' '.join(words)})>"

    def _has_started(self):
        # set in the new thread before start() returns
        return self._started.is_set()

    def start(self):
        """Run run() in a new thread; returns once that thread runs. At most once per Thread."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._has_started():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """What the thread does: call the target with its arguments. Subclasses may override it."""
        try:
            if self._target is None:
                return
            self._target(*self._args, **self._kwargs)
        finally:
            # CPython forgets them once run: they may well refer back to this Thread
            del self._target
            del self._args
            del self._kwargs

    def _bootstrap(self):
        # What _thread runs. The work is in _bootstrap_inner, the frame where tracebacks of a
        # failing run() begin (as CPython's do).
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._begin_running()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _begin_running(self):
        """In the new thread: its identity, its end lock, then into the registry; start() returns."""
        self._take_identity()
        self._local_refs = []
        self._hold_end_lock()
        self._started.set()
        self._enter_registry()
        for install, hook in ((_sys.settrace, _trace_hook), (_sys.setprofile, _profile_hook)):
            if hook:
                install(hook)

    def _take_identity(self):
        """The calling thread's idents become this Thread's (and the model's label for its GIL
        statistics its name)."""
        self._ident, self._native_id = get_ident(), get_native_id()
        _thread._set_name(self._ident, self._name)

    def _enter_registry(self):
        # from _limbo (if start() put it there) to _active: current_thread() finds it from now on
        with _active_limbo_lock:
            _limbo.pop(self, None)
            _active[self._ident] = self

    def _delete(self):
        """In the thread, after run() (named as CPython's, which settrace shows): out of enumerate();
        its threading.local data goes too (as CPython frees a thread's locals with its thread state).
        _thread releases the end lock."""
        with _active_limbo_lock:
            _active.pop(self._ident, None)
        refs, self._local_refs = self._local_refs, None
        for ref in refs or ():
            data = ref()
            if data is not None:
                data.per_thread.pop(self._ident, None)

    def _hold_end_lock(self):
        # _set_sentinel gives a lock already held, which the model's _thread releases once the
        # calling thread is gone (CPython's tstate lock): join() and _shutdown() wait for it
        lock = _thread._set_sentinel()
        self._end_lock = lock
        if not self._daemonic:
            with _nondaemon_lock:
                ended = [end for end in _nondaemon_ends if not end.locked()]
                _nondaemon_ends.difference_update(ended)
                _nondaemon_ends.add(lock)

    def _stop(self):
        # the end lock was seen released: the thread is over
        lock = self._end_lock
        self._has_ended = True
        self._end_lock = None
        if lock is not None and not self._daemonic:
            with _nondaemon_lock:
                _nondaemon_ends.discard(lock)

    def join(self, timeout=None):
        """Wait until the thread ends, or timeout seconds pass (then is_alive() tells which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._has_started():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Waits for the end lock; marks the thread stopped once it has it.
        lock = self._end_lock
        if lock is None:
            return  # seen stopped already
        try:
            if lock.acquire(block, timeout):
                lock.release()
            else:
                return  # still running
        except BaseException:
            # Interrupted (Ctrl-C in join). CPython 3.11 then releases a lock that is still held
            # and takes the thread for stopped even if it runs on; so does the model.
            if lock.locked():
                lock.release()
                self._stop()
            raise
        self._stop()

    @property
    def name(self):
        """The thread's name, for identification only (several threads may share one)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        ident = self._ident
        if ident is not None:  # renamed while it runs: so is its label in the GIL statistics
            _thread._set_name(ident, self._name)

    @property
    def ident(self):
        """The thread's get_ident() once started, else None (may be reused after it ends)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's id from the OS once started, else None."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread runs: from just before run() until just after it."""
        assert self._initialized, "Thread.__init__() not called"
        if not self._has_started():
            return False
        if not self._has_ended:
            self._wait_for_tstate_lock(block=False)
        return not self._has_ended

    @property
    def daemon(self):
        """Whether this is a daemon thread, which the program does not wait for at exit."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._has_started():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        # cancel() cuts the wait short; the line is CPython's, which a bad interval's traceback shows
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program began in. Its end lock is released by _shutdown."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._take_identity()
        self._hold_end_lock()
        self._started.set()
        self._enter_registry()


class _DummyThread(Thread):
    """What current_thread() returns in a thread threading did not start (_thread.start_new_thread):
    a daemon, alive for good, that cannot be joined."""

    def __init__(self):
        super().__init__(name=_newname("Dummy-%d"), daemon=True)
        self._take_identity()
        self._started.set()
        self._enter_registry()

    def is_alive(self):
        return True  # it has no end lock: threading cannot tell when it ends

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------------------------------
# Module functions

def current_thread():
    """The Thread of the calling thread (a _DummyThread for one threading did not start)."""
    me = _active.get(get_ident())
    return me if me is not None else _DummyThread()


def currentThread():
    """Deprecated spelling of current_thread()."""
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """How many threads enumerate() would list."""
    with _active_limbo_lock:
        running, starting = len(_active), len(_limbo)
    return running + starting


def activeCount():
    """Deprecated spelling of active_count()."""
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The threads alive now: started (even if not yet running) and not yet ended."""
    with _active_limbo_lock:
        return [*_active.values(), *_limbo.values()]


def main_thread():
    """The Thread of the thread the program began in."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Have _shutdown call func(*arg, **kwargs) before it joins the threads, last registered first
    (concurrent.futures stops its workers so)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_calls.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """What the model calls once the main module ended (as CPython's Py_FinalizeEx does): the
    _register_atexit calls, then the main thread counts as stopped, then every non-daemon thread
    is waited for (including those started meanwhile). The atexit callbacks run after."""
    global _SHUTTING_DOWN
    if _main_thread._has_ended:
        return  # done already
    _SHUTTING_DOWN = True
    for call in reversed(_exit_calls):
        call()
    if _main_thread._ident == get_ident():
        _main_thread._end_lock.release()
        _main_thread._stop()
    while True:
        with _nondaemon_lock:
            pending = list(_nondaemon_ends)
            _nondaemon_ends.clear()
        if not pending:
            break
        for end in pending:
            # held until its thread is gone
            end.acquire()
            end.release()


# ---------------------------------------------------------------------------------------------------
# threading.local
#
# CPython's is the C type _thread._local; this one is Python and takes its name, messages and
# behaviour: each thread sees its own attributes (its own __dict__), and a subclass's __init__ runs
# again, with the arguments the local was made with, the first time another thread touches it.
# Data descriptors of the class (properties, __slots__) are shared by all threads, as in CPython.
# A thread's data goes when the thread ends, or when the local does.

_ABSENT = object()


class _LocalData:
    """What a local keeps out of sight: its arguments, and a dict per thread (by ident)."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.per_thread = {}


class _Slotted:
    __slots__ = ('slot',)


# descriptor types whose __set__ the model does not expose to Python
_DATA_DESCRIPTORS = (property, type(_Slotted.__dict__['slot']), type(object.__dict__['__class__']))
del _Slotted


def _is_data_descriptor(attr):
    if isinstance(attr, _DATA_DESCRIPTORS):
        return True
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _class_attribute(cls, name):
    """What cls (or the first of its bases to have it) defines for name; _ABSENT if none does."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _ABSENT


def _runs_own_init(cls):
    return cls.__init__ is not object.__init__


def _type_label(obj):
    """How CPython's messages name the type: _thread._local, or a subclass by its name."""
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


def _new_thread_dict(data, ident):
    """A fresh dict for the thread ident; a thread threading started drops it when it ends."""
    fresh = data.per_thread[ident] = {}
    owner = _active.get(ident)
    refs = getattr(owner, '_local_refs', None)
    if refs is not None:
        refs.append(_weak_ref(data))
    return fresh


def _thread_dict(obj):
    """The calling thread's dict of obj, made at its first touch (and __init__ run for it)."""
    data = object.__getattribute__(obj, '_local_data')
    ident = get_ident()
    mine = data.per_thread.get(ident)
    if mine is None:
        mine = _new_thread_dict(data, ident)
        cls = type(obj)
        if _runs_own_init(cls):
            try:
                cls.__init__(obj, *data.args, **data.kwargs)
            except BaseException:
                # no dict then: the next touch in this thread runs __init__ again
                del data.per_thread[ident]
                raise
    return mine


class _local:
    """Thread-local data: every thread sees its own attributes of the same object."""

    __module__ = '_thread'
    __slots__ = ('_local_data', '__weakref__')  # _thread._local keeps a weak reference list

    def __new__(cls, /, *args, **kw):
        if (args or kw) and not _runs_own_init(cls):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        data = _LocalData(args, kw)
        object.__setattr__(self, '_local_data', data)
        # the making thread's dict is there already: type() calls __init__ for it as usual
        _new_thread_dict(data, get_ident())
        return self

    def __getattribute__(self, name):
        mine = _thread_dict(self)
        if name == '__dict__':
            return mine
        found = _class_attribute(type(self), name)
        if found is not _ABSENT and _is_data_descriptor(found):
            return object.__getattribute__(self, name)
        if name in mine:
            return mine[name]
        if found is _ABSENT:
            raise AttributeError(f"'{_type_label(self)}' object has no attribute '{name}'")
        return object.__getattribute__(self, name)  # a method, or another class attribute

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_label(self)}' object attribute '__dict__' is read-only")
        mine = _thread_dict(self)
        found = _class_attribute(type(self), name)
        if found is not _ABSENT and _is_data_descriptor(found):
            object.__setattr__(self, name, value)
        else:
            mine[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_label(self)}' object attribute '__dict__' is read-only")
        mine = _thread_dict(self)
        found = _class_attribute(type(self), name)
        if found is not _ABSENT and _is_data_descriptor(found):
            object.__delattr__(self, name)
        elif name in mine:
            del mine[name]
        else:
            raise AttributeError(f"'{_type_label(self)}' object has no attribute '{name}'")

    def __dir__(self):
        # the calling thread's attributes and the class's; the slot behind them stays out of sight
        names = set(object.__dir__(self))
        names.update(_thread_dict(self))
        names.discard('_local_data')
        return list(names)


local = _local

_main_thread = _MainThread()
