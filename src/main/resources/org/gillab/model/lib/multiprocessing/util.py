"""multiprocessing.util for the GIL Lab model: the package's logger (get_logger, log_to_stderr).

Behaves as CPython 3.11's Lib/multiprocessing/util.py documents for its logging functions (written
for the model, not copied). The logger is 'multiprocessing', which does not propagate to the root
logger; log_to_stderr gives it a handler writing "[LEVEL/processName] message". A child gets that
setting as a spawned child of CPython's does (whether to log to stderr, and the level), not the
parent's other handlers.
"""

import atexit
import sys

from . import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr']

# logging's levels, and the two the package adds between them
NOTSET, SUBDEBUG, DEBUG, INFO, SUBWARNING = 0, 5, 10, 20, 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def _log(level, msg, args):
    if _logger is not None:
        _logger.log(level, msg, *args, stacklevel=3)


def sub_debug(msg, *args):
    _log(SUBDEBUG, msg, args)


def debug(msg, *args):
    _log(DEBUG, msg, args)


def info(msg, *args):
    _log(INFO, msg, args)


def sub_warning(msg, *args):
    _log(SUBWARNING, msg, args)


def get_logger():
    """The 'multiprocessing' logger, made (not propagating) on first use. SUBDEBUG and SUBWARNING get no
    level names: their records say "Level 5" and "Level 25", as CPython's do."""
    global _logger
    import logging
    if _logger is None:
        logger = logging.getLogger(LOGGER_NAME)
        logger.propagate = 0  # an int, as CPython sets it
        # the end of the process is logged after any exit function the program registered before
        atexit.unregister(_exit_function)
        atexit.register(_exit_function)
        _logger = logger
    return _logger


def log_to_stderr(level=None):
    """Adds a handler writing to sys.stderr to the logger, sets its level if given, and returns it."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return logger


def _settings_for_child():
    """What a child's logger starts with: spawn's preparation data ('log_to_stderr', 'log_level')."""
    if _logger is None:
        return None
    return _log_to_stderr, _logger.getEffectiveLevel()


def _apply_settings(settings):
    if settings is None:
        return
    to_stderr, level = settings
    if to_stderr:
        log_to_stderr()
    get_logger().setLevel(level)


_exiting = False


def _exit_function():
    """At the end of a process, once (a child's end runs it before its exit status is known): says so,
    terminates the daemonic children still running and waits for the others, as CPython's does."""
    global _exiting
    if not _exiting:
        _exiting = True
        info('process shutting down')
        for child in process.active_children():
            if child.daemon:
                info('calling terminate() for daemon %s', child.name)
                child._popen.terminate()
        for child in process.active_children():
            info('calling join() for process %s', child.name)
            child.join()


# as CPython's util does when it is imported: the model's package, like CPython's, imports util only when
# it is first needed (Process.start(), the module of a Queue, Lock, Pipe, Pool, Manager or Value, get_logger),
# so exit functions the program registered before then run after the children are joined
atexit.register(_exit_function)
