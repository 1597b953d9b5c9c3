"""More logging handlers for the GIL Lab model: mirrors CPython 3.11's Lib/logging/handlers.py.

Written for the model from CPython's documentation and observed behaviour, not copied from its source.
What threaded programs use: QueueHandler and QueueListener (records handed to one thread that does
the slow I/O), the rotating file handlers, WatchedFileHandler, BufferingHandler and MemoryHandler.
The network handlers (SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler) and
NTEventLogHandler are not here: the names are missing, so using one fails with AttributeError.
"""

import copy
import logging
import os
import queue
import re
import threading
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60  # seconds in a day

# Indexes into os.stat()'s result, as WatchedFileHandler compares them.
ST_DEV, ST_INO, ST_MTIME = 6, 1, 8


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that, before each record, asks shouldRollover() and if so calls doRollover().

    namer and rotator, when set to callables, choose a rotated file's name and how the file is moved.
    """

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        """Rolls the file over when it is time, then writes the record as FileHandler does."""
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: namer(default_name) when a namer is set."""
        return default_name if not callable(self.namer) else self.namer(default_name)

    def rotate(self, source, dest):
        """Moves source to dest: rotator(source, dest) when set, else a rename if source exists."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would grow past maxBytes: app.log becomes app.log.1, .1 becomes .2, ...

    Nothing rolls over when maxBytes or backupCount is 0; with maxBytes, the mode is always 'a'.
    """

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # 'w' would truncate the file at every start, losing what rotation keeps
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def shouldRollover(self, record):
        """Whether writing this record's line would bring the file to maxBytes or more."""
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # a device or pipe is never rotated
        line = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes

    def doRollover(self):
        """Closes the file, shifts the backups up by one (dropping the oldest), and starts afresh."""
        self._close_stream()
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()


# when -> (seconds in one unit, strftime suffix of rotated files, the regex that suffix matches)
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'W': (_MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over every interval of when ('S', 'M', 'H', 'D', 'midnight', 'W0'..'W6' for a weekday).

    Rotated files are named after the start of the interval they cover (app.log.2024-03-05); only
    the newest backupCount are kept. atTime sets the time of day for 'midnight' and weekly rollovers.
    """

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False,
                 utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if self.when.startswith('W'):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if not '0' <= self.when[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """When the interval that currentTime falls in ends: at the day's atTime (or midnight) for
        'midnight' and weekly rollovers, one interval later otherwise."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        now = self._time_tuple(currentTime)
        if self.atTime is None:
            at = _MIDNIGHT  # the end of today, so the weekday stays today's
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        until = at - ((now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec)
        weekday = now.tm_wday
        if until < 0:  # today's atTime has passed: tomorrow's
            until += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + until
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            result = self._same_wall_clock(currentTime, result + ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT)
        return result

    def _same_wall_clock(self, reference, t):
        """t, moved by the hour that a daylight-saving change between reference and t shifts it."""
        if self.utc:
            return t
        dst_then = time.localtime(reference).tm_isdst
        if dst_then != time.localtime(t).tm_isdst:
            t += 3600 if dst_then else -3600
        return t

    def shouldRollover(self, record):
        """Whether the current interval has ended (and the file is a regular file)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(int(time.time()))
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        directory, base = os.path.split(self.baseFilename)
        prefix = base + "."
        rotated = sorted(os.path.join(directory, name) for name in os.listdir(directory)
                         if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]))
        if len(rotated) < self.backupCount:
            return []
        return rotated[:len(rotated) - self.backupCount]

    def doRollover(self):
        """Renames the file after the interval that just ended, prunes old ones, starts afresh."""
        self._close_stream()
        now = int(time.time())
        start = self.rolloverAt - self.interval
        stamp = self._time_tuple(start)
        dst_now = time.localtime(now).tm_isdst
        if not self.utc and stamp.tm_isdst != dst_now:
            stamp = time.localtime(start + (3600 if dst_now else -3600))
        rotated = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(rotated):
            os.remove(rotated)
        self.rotate(self.baseFilename, rotated)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        next_at = self.computeRollover(now)
        while next_at <= now:
            next_at += self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            next_at = self._same_wall_clock(now, next_at)
        self.rolloverAt = next_at


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or deleted (by logrotate, say)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        # CPython fstat()s the stream; the model has no os.fstat (its descriptors are its own), so it
        # stats the path it has just opened, which names the same file
        if self.stream:
            status = os.stat(self.baseFilename)
            self.dev, self.ino = status.st_dev, status.st_ino

    def reopenIfNeeded(self):
        """Reopens the file if the path no longer names the file the stream has open."""
        try:
            status = os.stat(self.baseFilename)
        except FileNotFoundError:
            status = None
        if status is None or status.st_dev != self.dev or status.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer, flushing it when shouldFlush() says so (by default, when full)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Empties the buffer; subclasses send the records somewhere first."""
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when full or when one is severe enough."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        """Passes the buffered records to the target, if there is one, and empties the buffer."""
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record on a queue (without blocking), for a QueueListener's thread to handle.

    The record is formatted here, in the logging thread, so the one put on the queue carries its
    final message and nothing that cannot cross to another thread or process (args, exc_info).
    """

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record whose msg and message are the formatted text and args/exc_info None."""
        text = self.format(record)
        record = copy.copy(record)
        record.message = record.msg = text
        record.args = record.exc_info = record.exc_text = record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue in a thread of its own and passes them to its handlers.

    With respect_handler_level, a handler only gets the records at or above its level.
    """

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Starts the daemon thread that handles the records."""
        self._thread = thread = threading.Thread(target=self._monitor)
        thread.daemon = True
        thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        """The thread's loop: every record until the sentinel, each marked done if the queue counts."""
        counts_tasks = hasattr(self.queue, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is not self._sentinel:
                self.handle(record)
            if counts_tasks:
                self.queue.task_done()
            if record is self._sentinel:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Asks the thread to finish the records already queued, and waits for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
