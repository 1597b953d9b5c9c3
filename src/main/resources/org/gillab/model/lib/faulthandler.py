"""faulthandler for the GIL Lab model: dumping the Python tracebacks of every thread.

Behaves as CPython 3.11's faulthandler documents (written for the model, not copied): dump_traceback
writes CPython's format, "Current thread 0x... (most recent call first):" and one line per frame,
"  File "...", line N in func"; dump_traceback_later dumps every thread after a timeout, from a
watchdog thread left out of the dumps. The model has no fatal errors for enable() to catch (no
segmentation faults, aborts or floating-point traps: a Java error becomes a Python exception), so
enable() only records that it is on; and register() is refused, as the model receives no signals from
outside but SIGINT. The dump goes through the file object's write(), not straight to its descriptor.
"""

import sys
import _thread

_enabled = False
_watchdog = None

_MAX_FRAME_DEPTH = 100


def _file_of(file):
    """The file to write to: sys.stderr for None; checked as CPython checks it (it must have fileno())."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descriptor')
        raise ValueError("the GIL Lab model's faulthandler writes to file objects only, not descriptor %d" % file)
    fd = file.fileno()
    if fd < 0:
        raise ValueError('file is not a valid file descriptor')
    try:
        file.flush()
    except Exception:
        pass
    return file


def _write(file, text):
    if hasattr(file, 'encoding'):
        file.write(text)
    else:
        file.write(text.encode('utf-8', 'backslashreplace'))
    file.flush()


def _stack(frame):
    """The lines of a frame's traceback, innermost first, as faulthandler's dump_frame writes them."""
    lines = []
    depth = 0
    while frame is not None and frame.f_globals is globals():
        frame = frame.f_back  # this module's own frames: CPython's faulthandler is C
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return lines


def _threads_text(current, all_threads, skip=None):
    """The dump of every thread (the newest first) or of {current} only; None for current: no current thread."""
    frames = sys._current_frames()
    if not all_threads:
        return 'Stack (most recent call first):\n' + ''.join(_stack(frames.get(current)))
    parts = []
    for ident, frame in frames.items():
        if ident == skip:
            continue
        header = 'Current thread 0x%016x' if ident == current else 'Thread 0x%016x'
        parts.append((header % ident) + ' (most recent call first):\n' + ''.join(_stack(frame)))
    return '\n'.join(parts)


def dump_traceback(file=None, all_threads=True):
    """Writes the traceback of the current thread, or of all threads, to file (sys.stderr by default)."""
    file = _file_of(file)
    _write(file, _threads_text(_thread.get_ident(), all_threads))


def enable(file=None, all_threads=True):
    """Turns the fault handler on (the model has no faults for it to report)."""
    global _enabled
    _file_of(file)
    _enabled = True


def disable():
    """Turns the fault handler off; True if it was on."""
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    """Whether the fault handler is on."""
    return _enabled


def _format_timeout(timeout):
    microseconds = round(timeout * 1e6)
    seconds, micros = divmod(microseconds, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%d:%02d:%02d' % (hours, minutes, seconds)
    if micros:
        text += '.%06d' % micros
    return text


class _Watchdog:
    """The thread of dump_traceback_later: waits on a lock that cancel releases, and dumps on timeout."""

    def __init__(self, timeout, repeat, file, exit):
        self.timeout = timeout
        self.repeat = repeat
        self.file = file
        self.exit = exit
        self.header = 'Timeout (%s)!\n' % _format_timeout(timeout)
        self.cancelled = _thread.allocate_lock()
        self.cancelled.acquire()
        self.ident = _thread.start_new_thread(self.run, ())

    def run(self):
        while not self.cancelled.acquire(True, self.timeout):
            _write(self.file, self.header + _threads_text(None, True, skip=self.ident))
            if self.exit:
                import os
                os._exit(1)
            if not self.repeat:
                break

    def cancel(self):
        self.cancelled.release()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dumps the tracebacks of all threads after timeout seconds, or every timeout seconds if repeat;
    then exits the process with status 1 if exit."""
    global _watchdog
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    file = _file_of(file)
    cancel_dump_traceback_later()
    _watchdog = _Watchdog(timeout, repeat, file, exit)


def cancel_dump_traceback_later():
    """Cancels the last call to dump_traceback_later()."""
    global _watchdog
    watchdog, _watchdog = _watchdog, None
    if watchdog is not None:
        watchdog.cancel()


def register(signum, file=None, all_threads=True, chain=False):
    """Refused: the model receives no signal from outside but SIGINT, so none could trigger a dump."""
    raise RuntimeError('signal %d cannot be registered: the GIL Lab model receives no signals '
                       'from outside the process but SIGINT' % signum)


def unregister(signum):
    """Nothing is ever registered: False."""
    return False
