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

# ---- Levels: the numbers, their names, and the mappings both ways ----
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
    """Registers a level's name in both mappings (an alias only maps name to number)."""
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
    """Takes the module lock that guards the level tables, the handler registry and the logger tree."""
    _lock.acquire()


def _releaseLock():
    """Releases the module lock taken by _acquireLock()."""
    _lock.release()


def getLevelNamesMapping():
    """A copy of the name-to-number mapping of the registered levels."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or 'Level %s' for anything else."""
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
    return found if found is not None else "Level %s" % level


def addLevelName(level, levelName):
    """Gives level the name levelName, both ways, as CPython's addLevelName does."""
    with _lock:
        _name_level(level, levelName)


def _checkLevel(level):
    # Levels are ints (bool included, as in CPython) or registered names.
    """The level as a number: an int as it is, a registered name looked up; else CPython's errors."""
    if isinstance(level, str):
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    elif isinstance(level, int):
        return level
    raise TypeError("Level not an integer or a valid string: %r"
                    % (level,))


# ---- Finding the caller: which frames are this module's own ----
# Finding the caller: the first frame outside this file (and outside importlib's bootstrap).

def currentframe():
    """The caller's frame, where findCaller() starts its walk up the stack."""
    return sys._getframe(1)


_srcfile = os.path.normcase(_checkLevel.__code__.co_filename)


def _is_internal_frame(frame):
    """Whether frame runs code of this module (findCaller skips those frames)."""
    path = frame.f_code.co_filename
    return path == _srcfile or ('importlib' in path and '_bootstrap' in path)


def _render_stack(frame):
    """stack_info text: the stack up to frame, without the final newline."""
    text = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack(frame))
    return text[:-1] if text.endswith('\n') else text


# ---- LogRecord: one event, carrying every attribute a format string may name ----
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
        """Records the event and the context it happened in: time, thread, process, source location."""
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
        """CPython's repr: name, level number, path, line and the unformatted msg."""
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        """msg as a string, with args merged in by %-formatting when there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _process_name():
    # Ask multiprocessing only when the program imported it: logging must not import it.
    """The multiprocessing name of this process, when multiprocessing has been imported."""
    multiprocessing = sys.modules.get('multiprocessing')
    if multiprocessing is not None:
        try:
            return multiprocessing.current_process().name
        except Exception:
            pass
    return 'MainProcess'


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Makes factory the callable every logger builds its records with."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    """The callable loggers currently build their records with."""
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes come from dict (e.g. one received over a socket)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- Formatting: the three format styles, Formatter and BufferingFormatter ----
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
    """The '%' style: %(name)s fields, filled from the record's attributes."""
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        """fmt (or the style's default) and the defaults for fields a record lacks."""
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format mentions asctime (so Formatter must compute it)."""
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError, with CPython's message, unless fmt names at least one field."""
        if _PERCENT_FIELD.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        # Record attributes win over defaults.
        """The values a format may name: the defaults, overridden by the record's attributes."""
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        """The format string with the record's fields substituted."""
        values = self._fields(record)
        return self._fmt % values

    def format(self, record):
        """Formats the record; a missing field becomes CPython's ValueError."""
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """The '{' style: str.format fields such as {levelname:>8}."""
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        """The format string filled in with str.format from the record's fields."""
        values = self._fields(record)
        return self._fmt.format(**values)

    def validate(self):
        """Checks every replacement field as CPython does, raising its ValueErrors."""
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
    """The '$' style: string.Template placeholders such as ${name}."""
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, *args, **kwargs):
        """As for PercentStyle, with a Template compiled from fmt."""
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        """Whether the template mentions $asctime or ${asctime}."""
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError unless the template has a placeholder, and for a bad one."""
        has_field = False
        for token in _DOLLAR.finditer(self._fmt):
            if token.group('name') or token.group('braced'):
                has_field = True
            elif not token.group('escape'):
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not has_field:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        """The template substituted with the record's fields."""
        values = self._fields(record)
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT), '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _append_block(text, block):
    # Exception and stack text go on lines of their own below the message.
    """text followed by block on a line of its own (exception text, stack text)."""
    if text[-1:] != "\n":
        text += "\n"
    return text + block


class Formatter:
    """Turns a LogRecord into text: a format in one of the three styles plus time, exception, stack."""

    converter = time.localtime      # record.created -> struct_time; a builtin, so it does not bind
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        """Picks the style for style ('%', '{' or '$') and, if asked, validates fmt with it."""
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time: datefmt through time.strftime, or the default with milliseconds."""
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        """The traceback text for an exc_info tuple, without its final newline."""
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        """Whether the format needs asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        """The record formatted by this formatter's style."""
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The stack text as it is (subclasses may rework it)."""
        return stack_info

    def format(self, record):
        """The full text for a record: message, asctime if used, then exception and stack text."""
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
        """linefmt formats each record (the default Formatter when None)."""
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        """Text before the records: none by default."""
        return ""

    def formatFooter(self, records):
        """Text after the records: none by default."""
        return ""

    def format(self, records):
        """Header, every record through linefmt, then footer; empty for no records."""
        if not records:
            return ""
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---- Filtering by logger name, and the base class of everything that filters ----
# Filters

class Filter:
    """Passes records of the logger called name and of its descendants (all records if name is '')."""

    def __init__(self, name=''):
        """name: the logger whose records (and its descendants') pass; '' lets everything pass."""
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether the record's logger is the named one or below it in the dotted hierarchy."""
        if not self.nlen:
            return True
        logger_name = record.name
        if not logger_name.startswith(self.name):
            return False
        return len(logger_name) == self.nlen or logger_name[self.nlen] == '.'


class Filterer:
    """Keeps a list of filters: objects with a filter(record) method, or plain callables."""

    def __init__(self):
        """Starts with no filters."""
        self.filters = []

    def addFilter(self, filter):
        """Adds a filter (an object with filter() or a plain callable) unless it is there already."""
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Removes the filter if it is there."""
        try:
            self.filters.remove(filter)
        except ValueError:
            pass        # removing a filter that is not there is not an error

    def filter(self, record):
        """False as soon as one filter rejects the record, True when all accept it."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ---- Handlers: the registry shutdown() walks, and the stream and file handlers ----
# Handlers

# Named handlers, and every handler in order of creation (shutdown closes them newest first). Both
# hold weak references, as CPython's do, so a handler nobody uses any more can go away.
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    """The weak reference's callback: drops a collected handler from the registry."""
    with _lock:
        if wr in _handlerList:
            _handlerList.remove(wr)


def _addHandlerRef(handler):
    """Registers a handler by weak reference, for shutdown() to flush and close."""
    ref = weakref.ref(handler, _removeHandlerRef)
    with _lock:
        _handlerList.append(ref)


class Handler(Filterer):
    """Delivers records somewhere; subclasses implement emit(). handle() emits under the handler's lock."""

    def __init__(self, level=NOTSET):
        """A handler with no name, no formatter, its own lock, at the given level."""
        Filterer.__init__(self)
        self._name = None
        self.setLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        """The handler's name (None until one is set)."""
        return self._name

    def set_name(self, name):
        """Names the handler, keeping the module's name-to-handler table up to date."""
        with _lock:
            if _handlers.get(self._name) is self:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(fget=get_name, fset=set_name)

    def createLock(self):
        """Gives the handler the reentrant lock that serializes its emit() calls."""
        self.lock = threading.RLock()

    def acquire(self):
        """Takes the handler's lock."""
        if self.lock:
            self.lock.acquire()

    def release(self):
        """Releases the handler's lock."""
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Sets the least severe level this handler passes on."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text: this handler's formatter, or the module's default one."""
        fmt = self.formatter or _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Outputs the record; every concrete handler defines this."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emits the record under the handler's lock if the filters pass it; returns that verdict."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        """Uses fmt to format records from now on."""
        self.formatter = fmt

    def flush(self):
        """Nothing to flush in the base class."""
        pass

    def close(self):
        """Removes the handler from the module's table of named handlers."""
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
        """CPython's repr: class name and level name."""
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and the terminator to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        """Writes to stream, sys.stderr when none is given."""
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        """Flushes the stream, if it has a flush method, under the handler's lock."""
        with self.lock:
            stream = self.stream
            if stream and hasattr(stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        """Writes the formatted record and the terminator, then flushes."""
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
        """CPython's repr: class name, the stream's name if it has one, and the level name."""
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(types.GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        """Opens filename (made absolute) now, or on the first emit() when delay is true."""
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
        """The file object for baseFilename, opened with the handler's mode, encoding and errors."""
        open_func = self._builtin_open
        return open_func(self.baseFilename, self.mode,
                         errors=self.errors, encoding=self.encoding)

    def emit(self, record):
        # Reopen lazily, except that a closed 'w' handler must not truncate the file again.
        """Opens the file first if delay postponed it, then writes as StreamHandler does."""
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        """Flushes and closes the file (if it was opened) and forgets it."""
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
        """CPython's repr: class name, file name and level name."""
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """logging.lastResort: writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        """The last-resort handler: WARNING and above, to whatever sys.stderr is at the time."""
        Handler.__init__(self, level=level)      # no stream attribute: the property supplies it

    @property
    def stream(self):
        """sys.stderr, looked up at every use."""
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Swallows every record: for libraries that log but leave configuration to the application."""

    def handle(self, record):
        """Does nothing: a library can add it so its records need no configuration."""
        pass

    def emit(self, record):
        """Does nothing."""
        pass

    def createLock(self):
        """Needs no lock: nothing is ever written."""
        self.lock = None


# ---- The logger tree: placeholders, Manager, Logger, RootLogger, LoggerAdapter ----
# The logger hierarchy

class PlaceHolder:
    """Stands in the hierarchy for a dotted name no one asked for yet, remembering loggers below it."""

    def __init__(self, alogger):
        """Stands for a logger not yet created, above alogger in the tree."""
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        """Remembers another logger that sits below this placeholder."""
        self.loggerMap.setdefault(alogger, None)


def setLoggerClass(klass):
    """Makes klass, which must subclass Logger, the class getLogger() instantiates."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() instantiates."""
    return _loggerClass


class Manager:
    """Owns the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        """The tree under rootnode: no loggers yet, nothing disabled, the default classes."""
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False      # the no-handler message, once (without lastResort)
        self.loggerDict = {}        # dotted name -> Logger or PlaceHolder
        self.loggerClass = self.logRecordFactory = None

    @property
    def disable(self):
        """The level at and below which logging.disable() silences every logger."""
        return self._disable

    @disable.setter
    def disable(self, value):
        """Sets that level (as a number or a registered name) and drops the cached level answers."""
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger named name, created the first time it is asked for, linked into the tree."""
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
        """The class this manager instantiates; it must subclass Logger."""
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """The record factory for the loggers of this manager."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk the dotted prefixes upwards to the nearest real logger, leaving placeholders behind.
        """Finds alogger's nearest existing ancestor, leaving placeholders for the missing ones."""
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
        """Re-parents the loggers below placeholder ph onto alogger, their new nearest ancestor."""
        name = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        """Forgets every logger's cached isEnabledFor() answers (levels or disable() changed)."""
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: checks level and filters, then hands records to its and its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        """A logger named name at level, with no handlers, propagating to its parent."""
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}        # level -> isEnabledFor(level); cleared when any level changes

    def setLevel(self, level):
        """Sets this logger's own level (a number or a registered name)."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Logs msg % args at DEBUG."""
        if not self.isEnabledFor(DEBUG):
            return
        self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs msg % args at INFO."""
        if not self.isEnabledFor(INFO):
            return
        self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING."""
        if not self.isEnabledFor(WARNING):
            return
        self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        """Deprecated spelling of warning(); says so with a DeprecationWarning."""
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs msg % args at ERROR."""
        if not self.isEnabledFor(ERROR):
            return
        self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled (exc_info defaults to True)."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs msg % args at CRITICAL."""
        if not self.isEnabledFor(CRITICAL):
            return
        self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Another name for critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at the given integer level (TypeError for any other level)."""
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
        """Builds the record with the factory, then adds extra's keys (never over existing ones)."""
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
        """Finds the caller, builds the record and hands it to handle()."""
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
        """Passes the record to the handlers unless disabled or filtered out."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Adds the handler unless it is already there."""
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Removes the handler if it is there."""
        with _lock:
            try:
                self.handlers.remove(hdlr)
            except ValueError:
                pass

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has any handler."""
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
            # hdlr, CPython's name: a handler's exception shows this line in its traceback
            for hdlr in logger.handlers:
                seen += 1
                if level >= hdlr.level:
                    hdlr.handle(record)
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
        """The first level set, walking up from this logger; NOTSET if none is."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at level would be processed (answers are cached per level)."""
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
        """The logger for suffix below this one (its name joined with a dot)."""
        full_name = suffix if self is self.root else self.name + '.' + suffix
        return self.manager.getLogger(full_name)

    def __repr__(self):
        """CPython's repr: class name, logger name and effective level name."""
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Loggers pickle by name: unpickling looks the logger up again.
        """Pickles as a call to getLogger(name), so the same logger comes back."""
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
        """The root of the tree, named 'root', at level."""
        super().__init__("root", level)

    def __reduce__(self):
        """Pickles as getLogger() with no name."""
        return getLogger, ()


_loggerClass = Logger


def _deprecated(message):
    """Issues a DeprecationWarning pointing at the caller of the deprecated function."""
    import warnings
    warnings.warn(message, DeprecationWarning, 3)


class LoggerAdapter:
    """A logger plus contextual data: process() puts self.extra into every call's keyword arguments."""

    def __init__(self, logger, extra=None):
        """Wraps logger, adding extra to every record it logs."""
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keyword arguments to log: extra replaced by the adapter's own."""
        kwargs['extra'] = self.extra
        return msg, kwargs

    # debug() ... critical() are made below the class: each is log() at its level.

    def warn(self, msg, *args, **kwargs):
        """Deprecated spelling of warning(); says so with a DeprecationWarning."""
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs through the wrapped logger after process() has adjusted the call."""
        if not self.isEnabledFor(level):
            return
        message, options = self.process(msg, kwargs)
        self.logger.log(level, message, *args, **options)

    def isEnabledFor(self, level):
        """Asks the wrapped logger."""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Sets the wrapped logger's level."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """The wrapped logger's effective level."""
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        """Whether the wrapped logger has handlers."""
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        """Passes the call on to the wrapped logger's _log()."""
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        """The wrapped logger's manager."""
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        """Sets the wrapped logger's manager."""
        self.logger.manager = value

    @property
    def name(self):
        """The wrapped logger's name."""
        return self.logger.name

    def __repr__(self):
        """CPython's repr: class name, logger name and effective level name."""
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(types.GenericAlias)


def _adapter_level_method(name, level):
    """Makes the LoggerAdapter method for one level (debug, info, ...)."""
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


# ---- Module-level configuration and shortcuts (they log through the root logger) ----
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
    """Configures the root logger with basicConfig() if it has no handler yet."""
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    """Logs at CRITICAL on the root logger, configuring it first if needed."""
    _root_ready()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Another name for critical()."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Logs at ERROR on the root logger, configuring it first if needed."""
    _root_ready()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Logs at ERROR on the root logger with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Logs at WARNING on the root logger, configuring it first if needed."""
    _root_ready()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    """Deprecated spelling of warning(); says so with a DeprecationWarning."""
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Logs at INFO on the root logger, configuring it first if needed."""
    _root_ready()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Logs at DEBUG on the root logger, configuring it first if needed."""
    _root_ready()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Logs at level on the root logger, configuring it first if needed."""
    _root_ready()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Silences every logger at level and below (logging.disable(NOTSET) undoes it)."""
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


# ---- captureWarnings(): the warnings module's output sent to the 'py.warnings' logger ----
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
