"""Logging for the GIL Lab model: mirrors the behaviour of CPython 3.11's Lib/logging/__init__.py.

Written for the model from CPython's documentation and observed behaviour, not copied from its source.
Like CPython's, it is Python code, so the module lock and every handler's RLock are ordinary
threading locks that contend for the model's GIL exactly as they do in CPython. A handler emits each
record with a single write() while holding its lock, so lines from concurrent threads never mix.
Where a traceback passes through this module, the source lines users see are CPython's.
Handlers are registered by weak reference, as in CPython; captureWarnings() routes the warnings
module to the 'py.warnings' logger. Known differences: no fork hooks (the model has no
os.register_at_fork); FileHandler keeps encoding=None where CPython substitutes 'locale' (the
model's open() has no 'locale' encoding); handleError() finds the "Call stack" from its own frame,
since the model's traceback frames do not link to their callers.
"""

import os
import re
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Mapping
from string import Formatter as _TextFormatter, Template
import types

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
           'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord',
           'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
           'setLogRecordFactory', 'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# Switches documented as module attributes: what a LogRecord collects, and whether errors
# inside logging are reported (handleError) or swallowed.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()     # relativeCreated counts from the import of logging

# ----------------------------------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}


def _name_level(number, name, alias=False):
    # An alias (FATAL, WARN) finds its number, but the number keeps its canonical name.
    _nameToLevel[name] = number
    if not alias:
        _levelToName[number] = name


_name_level(CRITICAL, 'CRITICAL')
_name_level(FATAL, 'FATAL', alias=True)
_name_level(ERROR, 'ERROR')
_name_level(WARN, 'WARN', alias=True)
_name_level(WARNING, 'WARNING')
_name_level(INFO, 'INFO')
_name_level(DEBUG, 'DEBUG')
_name_level(NOTSET, 'NOTSET')

# The module lock guards the shared tables: level names, the logger hierarchy, the handler registry.
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or 'Level %s' for anything else."""
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
    return found if found is not None else "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _name_level(level, levelName)


def _checkLevel(level):
    # Levels are ints (bool included, as in CPython) or registered names.
    if isinstance(level, str):
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    elif isinstance(level, int):
        return level
    raise TypeError("Level not an integer or a valid string: %r"
                    % (level,))


# ----------------------------------------------------------------------------------------------------
# Finding the caller: the first frame outside this file (and outside importlib's bootstrap).

def currentframe():
    return sys._getframe(1)


_srcfile = os.path.normcase(_checkLevel.__code__.co_filename)


def _is_internal_frame(frame):
    path = frame.f_code.co_filename
    return path == _srcfile or ('importlib' in path and '_bootstrap' in path)


def _render_stack(frame):
    """stack_info text: the stack up to frame, without the final newline."""
    text = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack(frame))
    return text[:-1] if text.endswith('\n') else text


# ----------------------------------------------------------------------------------------------------
# Records

# Types that are never mappings: checked first so the common one-argument call skips the ABC test.
_PLAIN_TYPES = frozenset((int, float, str, bytes, tuple, list, bool, type(None)))


def _single_mapping(args):
    """log('%(user)s', {'user': ...}): a lone non-empty mapping is what %-formatting gets."""
    if args and len(args) == 1:
        only = args[0]
        if type(only) not in _PLAIN_TYPES and isinstance(only, Mapping) and only:
            return only
    return args


class LogRecord:
    """One logging event: the message and its arguments plus where, when and by whom it was logged."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        level_name = getLevelName(level)
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (AttributeError, TypeError, ValueError):
            base, stem = pathname, "Unknown module"
        if logThreads:
            current = threading.current_thread()
            ident, thread_name = current.ident, current.name
        else:
            ident = thread_name = None
        # Set in CPython's order, which vars(record) shows.
        self.name = name
        self.msg = msg
        self.args = _single_mapping(args)
        self.levelname = level_name
        self.levelno = level
        self.pathname = pathname
        self.filename = base
        self.module = stem
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = ident
        self.threadName = thread_name
        self.processName = _process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _process_name():
    # Ask multiprocessing only when the program imported it: logging must not import it.
    multiprocessing = sys.modules.get('multiprocessing')
    if multiprocessing is not None:
        try:
            return multiprocessing.current_process().name
        except Exception:
            pass
    return 'MainProcess'


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes come from dict (e.g. one received over a socket)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ----------------------------------------------------------------------------------------------------
# Format styles: '%' (printf), '{' (str.format) and '$' (string.Template)

_PERCENT_FIELD = re.compile(r'%\(\w+\)[-#0+ ]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxefgcrsa%]', re.I)
_FIELD_NAME = re.compile(r'\w+(?:\.\w+|\[[^\]]+\])*')
_FORMAT_SPEC = re.compile(r'(?:.?[<>=^])?[-+ ]?#?0?(?:\d+|\{\w+\})?[,_]?(?:\.(?:\d+|\{\w+\}))?'
                          r'[bcdefgnosx%]?', re.I)
# '$$', '$name', '${name}', or a '$' that starts none of them.
_DOLLAR = re.compile(r'\$(?:(?P<escape>\$)|(?P<name>[_a-z][_a-z0-9]*)|\{(?P<braced>[_a-z][_a-z0-9]*)\}|)',
                     re.I | re.A)
_str_formatter = _TextFormatter()


class PercentStyle:
    # the format Formatter() uses without one, the asctime field, and what usesTime() looks for
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if _PERCENT_FIELD.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        # Record attributes win over defaults.
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        values = self._fields(record)
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        values = self._fields(record)
        return self._fmt.format(**values)

    def validate(self):
        has_field = False
        try:
            for _, fieldname, spec, conversion in _str_formatter.parse(self._fmt):
                if not fieldname:
                    continue
                if not _FIELD_NAME.fullmatch(fieldname):
                    raise ValueError('invalid field name/expression: %r' % fieldname)
                if conversion and conversion not in ('r', 's', 'a'):
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _FORMAT_SPEC.fullmatch(spec):
                    raise ValueError('bad specifier: %r' % spec)
                has_field = True
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not has_field:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        has_field = False
        for token in _DOLLAR.finditer(self._fmt):
            if token.group('name') or token.group('braced'):
                has_field = True
            elif not token.group('escape'):
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not has_field:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._fields(record)
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT), '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _append_block(text, block):
    # Exception and stack text go on lines of their own below the message.
    if text[-1:] != "\n":
        text += "\n"
    return text + block


class Formatter:
    """Turns a LogRecord into text: a format in one of the three styles plus time, exception, stack."""

    converter = time.localtime      # record.created -> struct_time; a builtin, so it does not bind
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        # The exception's text is cached on the record: every handler shows the same one.
        exc_info = record.exc_info
        if exc_info and not record.exc_text:
            record.exc_text = self.formatException(exc_info)
        if record.exc_text:
            s = _append_block(s, record.exc_text)
        if record.stack_info:
            s = _append_block(s, self.formatStack(record.stack_info))
        return s


_defaultFormatter = Formatter('%(message)s')


class BufferingFormatter:
    """Formats a batch of records: a header, each record with linefmt, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ----------------------------------------------------------------------------------------------------
# Filters

class Filter:
    """Passes records of the logger called name and of its descendants (all records if name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen:
            return True
        logger_name = record.name
        if not logger_name.startswith(self.name):
            return False
        return len(logger_name) == self.nlen or logger_name[self.nlen] == '.'


class Filterer:
    """Keeps a list of filters: objects with a filter(record) method, or plain callables."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass        # removing a filter that is not there is not an error

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ----------------------------------------------------------------------------------------------------
# Handlers

# Named handlers, and every handler in order of creation (shutdown closes them newest first). Both
# hold weak references, as CPython's do, so a handler nobody uses any more can go away.
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    with _lock:
        if wr in _handlerList:
            _handlerList.remove(wr)


def _addHandlerRef(handler):
    ref = weakref.ref(handler, _removeHandlerRef)
    with _lock:
        _handlerList.append(ref)


class Handler(Filterer):
    """Delivers records somewhere; subclasses implement emit(). handle() emits under the handler's lock."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.setLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if _handlers.get(self._name) is self:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(fget=get_name, fset=set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter or _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and _handlers.get(self._name) is self:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised while emitting: its traceback, where the call came from, the record."""
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        failure = sys.exc_info()[1]
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(type(failure), failure, failure.__traceback__, None, err)
            err.write('Call stack:\n')
            # The program's frames that led to the failed emit(): the stack we are called on,
            # less the logging package's own frames (the model's traceback frames have no f_back).
            package = os.path.dirname(_srcfile)
            frame = sys._getframe(1)
            while frame is not None and os.path.dirname(frame.f_code.co_filename) == package:
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass        # stderr itself failed: nowhere left to report
        finally:
            failure = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and the terminator to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            stream = self.stream
            if stream and hasattr(stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to stream, flushing the old one; returns the old stream (None if unchanged)."""
        if stream is self.stream:
            return None
        with self.lock:
            previous = self.stream
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(types.GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        # Kept so that records logged while the interpreter shuts down can still open the file.
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None

    def _open(self):
        open_func = self._builtin_open
        return open_func(self.baseFilename, self.mode,
                         errors=self.errors, encoding=self.encoding)

    def emit(self, record):
        # Reopen lazily, except that a closed 'w' handler must not truncate the file again.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        close_stream = getattr(stream, 'close', None)
                        if close_stream is not None:
                            close_stream()
            finally:
                StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """logging.lastResort: writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level=level)      # no stream attribute: the property supplies it

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Swallows every record: for libraries that log but leave configuration to the application."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ----------------------------------------------------------------------------------------------------
# The logger hierarchy

class PlaceHolder:
    """Stands in the hierarchy for a dotted name no one asked for yet, remembering loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False      # the no-handler message, once (without lastResort)
        self.loggerDict = {}        # dotted name -> Logger or PlaceHolder
        self.loggerClass = self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            entry = self.loggerDict.get(name)
            if entry is not None and not isinstance(entry, PlaceHolder):
                return entry
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if entry is not None:
                self._fixupChildren(entry, logger)
            self._fixupParents(logger)
            return logger

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk the dotted prefixes upwards to the nearest real logger, leaving placeholders behind.
        name = alogger.name
        parent = None
        end = name.rfind('.')
        while end > 0 and parent is None:
            prefix = name[:end]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                entry.append(alogger)
            end = name.rfind('.', 0, end - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # The new logger becomes the parent of loggers below it whose parent is above it.
        name = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: checks level and filters, then hands records to its and its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}        # level -> isEnabledFor(level); cleared when any level changes

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if not self.isEnabledFor(DEBUG):
            return
        self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if not self.isEnabledFor(INFO):
            return
        self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if not self.isEnabledFor(WARNING):
            return
        self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if not self.isEnabledFor(ERROR):
            return
        self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if not self.isEnabledFor(CRITICAL):
            return
        self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int) and self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
        elif raiseExceptions and not isinstance(level, int):
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the stacklevel-th frame outside logging."""
        frame = currentframe()
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, _render_stack(frame) if stack_info else None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            # extra may add attributes, never replace one (nor those Formatter.format() sets)
            fields = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in fields:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        caller = ("(unknown file)", 0, "(unknown function)", None)
        if _srcfile:        # setting logging._srcfile = None skips the (costly) caller lookup
            try:
                caller = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        fn, lno, func, sinfo = caller
        if exc_info:
            exc_info = _exc_tuple(exc_info)
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            try:
                self.handlers.remove(hdlr)
            except ValueError:
                pass

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            logger = logger.parent if logger.propagate else None
        return False

    def callHandlers(self, record):
        """Every handler from here up to the root (until propagate is false); lastResort if none."""
        level = record.levelno
        seen = 0
        logger = self
        while logger is not None:
            for handler in logger.handlers:
                seen += 1
                if level >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if seen:
            return
        if lastResort:
            if level >= lastResort.level:
                lastResort.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                enabled = self.manager.disable < level and level >= self.getEffectiveLevel()
                self._cache[level] = enabled
            return enabled

    def getChild(self, suffix):
        full_name = suffix if self is self.root else self.name + '.' + suffix
        return self.manager.getLogger(full_name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Loggers pickle by name: unpickling looks the logger up again.
        name = self.name
        if getLogger(name) is self:
            return getLogger, (name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


def _exc_tuple(exc_info):
    """exc_info as (type, value, traceback): from an exception, or the one being handled for True."""
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, 3)


class LoggerAdapter:
    """A logger plus contextual data: process() puts self.extra into every call's keyword arguments."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    # debug() ... critical() are made below the class: each is log() at its level.

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        message, options = self.process(msg, kwargs)
        self.logger.log(level, message, *args, **options)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(types.GenericAlias)


def _adapter_level_method(name, level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'LoggerAdapter.' + name
    return method


for _level in (DEBUG, INFO, WARNING, ERROR, CRITICAL):
    _method_name = _levelToName[_level].lower()
    setattr(LoggerAdapter, _method_name, _adapter_level_method(_method_name, _level))
del _level, _method_name


Logger.root = root = RootLogger(WARNING)
Logger.manager = Manager(root)


# ----------------------------------------------------------------------------------------------------
# Module-level configuration and convenience functions (they log to the root logger)

def basicConfig(**kwargs):
    """Give the root logger a handler with a formatter, unless it has one (or force=True removes them)."""
    with _lock:
        if kwargs.get('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return      # configured already: the call does nothing, not even check its arguments
        understood = {'force', 'encoding', 'errors', 'handlers', 'format', 'datefmt', 'style', 'level'}
        handlers = kwargs.get('handlers')
        if handlers is None:
            understood.update(('stream', 'filename', 'filemode'))
            if {'stream', 'filename'} <= kwargs.keys():
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
            filename = kwargs.get('filename')
            if filename:
                mode = kwargs.get('filemode', 'a')
                errors = None if 'b' in mode else kwargs.get('errors', 'backslashreplace')
                h = FileHandler(filename, mode,
                                encoding=kwargs.get('encoding'), errors=errors)
            else:
                h = StreamHandler(kwargs.get('stream'))
            handlers = [h]
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        style = kwargs.get('style', '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        shared = Formatter(kwargs.get('format', _STYLES[style][1]), kwargs.get('datefmt'), style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        if kwargs.get('level') is not None:
            root.setLevel(kwargs['level'])
        unknown = [key for key in kwargs if key not in understood]
        if unknown:
            keys = ', '.join(unknown)
            raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """The logger called name (made on first use); the root logger for no name or 'root'."""
    if not name or name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_ready():
    # The module-level functions configure logging on first use, as basicConfig() would.
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _root_ready()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _root_ready()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _root_ready()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_ready()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_ready()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _root_ready()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    Logger.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first; runs at interpreter exit."""
    for ref in reversed(list(handlerList)):
        try:
            handler = ref()
            if not handler:
                continue
            try:
                handler.acquire()
                if getattr(handler, 'flushOnClose', True):
                    handler.flush()
                handler.close()
            except (ValueError, OSError):
                pass    # the stream may be gone already: nothing useful to report at exit
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ----------------------------------------------------------------------------------------------------
# Routing the warnings module through logging

_saved_showwarning = None      # warnings.showwarning while captureWarnings(True) replaces it


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captured: a WARNING on the 'py.warnings' logger."""
    if file is not None:
        # An explicit file keeps the warnings module's own output.
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", text)


def captureWarnings(capture):
    """Send warnings to logging (True) or back to their own output (False)."""
    global _saved_showwarning
    import warnings
    if capture and _saved_showwarning is None:
        _saved_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif not capture and _saved_showwarning is not None:
        warnings.showwarning, _saved_showwarning = _saved_showwarning, None
