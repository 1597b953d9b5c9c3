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
    """What a child's logging starts with: spawn's preparation data for multiprocessing's logger
    ('log_to_stderr', 'log_level'), and the logging a forked child would inherit (_logging_to_inherit)."""
    own = None if _logger is None else (_log_to_stderr, _logger.getEffectiveLevel())
    return own, _logging_to_inherit()


def _apply_settings(settings):
    if settings is None:
        return
    own, inherited = settings
    if own is not None:
        to_stderr, level = own
        if to_stderr:
            log_to_stderr()
        get_logger().setLevel(level)
    if inherited is not None:
        _rebuild_logging(*inherited)


# ---- the logging a forked child has: the model's child re-runs the program instead of forking, so a
# basicConfig under the main guard would not have run there ----

def _logging_to_inherit():
    """(root level, root handlers, other loggers' levels) when children start as forked ones (the
    program's start method is fork) and logging is configured; None when the root logger has a handler
    or formatter the child cannot make again (it then keeps what its own run of the program set up)."""
    import multiprocessing
    logging = sys.modules.get('logging')
    if logging is None or multiprocessing.get_start_method() != 'fork':
        return None
    handlers = [_handler_recipe(logging, handler) for handler in logging.root.handlers]
    if None in handlers:
        return None
    levels = {name: logger.level for name, logger in logging.Logger.manager.loggerDict.items()
              if isinstance(logger, logging.Logger) and logger.level}
    return logging.root.level, handlers, levels


def _handler_recipe(logging, handler):
    """(kind, target, level, format) for a handler basicConfig makes: a StreamHandler on sys.stderr or
    sys.stdout, or a FileHandler; None for any other (or one with filters or its own Formatter class)."""
    formatter = handler.formatter
    if handler.filters or formatter is not None and type(formatter) is not logging.Formatter:
        return None
    form = None if formatter is None else (formatter._fmt, formatter.datefmt, next(
        style for style, (kind, _) in logging._STYLES.items() if type(formatter._style) is kind))
    if type(handler) is logging.FileHandler:
        return 'file', (handler.baseFilename, handler.encoding), handler.level, form
    if type(handler) is logging.StreamHandler:
        for name in ('stderr', 'stdout'):
            if handler.stream is getattr(sys, name):
                return 'stream', name, handler.level, form
    return None


def _rebuild_logging(level, handlers, levels):
    """In the child: the root logger as the parent's was at start(), in place of what the child's run of
    the program configured; a file the parent opened is appended to, as the forked child's shared one."""
    import logging
    root = logging.root
    for old in root.handlers[:]:
        root.removeHandler(old)
        old.close()
    root.setLevel(level)
    for kind, target, handler_level, form in handlers:
        if kind == 'file':
            filename, encoding = target
            handler = logging.FileHandler(filename, 'a', encoding=encoding)
        else:
            handler = logging.StreamHandler(getattr(sys, target))
        handler.setLevel(handler_level)
        if form is not None:
            handler.setFormatter(logging.Formatter(*form))
        root.addHandler(handler)
    for name, logger_level in levels.items():
        logging.getLogger(name).setLevel(logger_level)


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
