"""The context managers of TestCase.assertLogs and assertNoLogs: the GIL Lab model's
unittest._log.

Mirrors CPython 3.11's Lib/unittest/_log.py: written for the model from the documentation of
assertLogs/assertNoLogs and from experiments with python3, not copied. For the with block, the logger
sends its records (at the asked level or above) only to a handler that keeps them.
"""

import collections
import logging

from .case import _BaseTestCaseContext

__unittest = True

# what assertLogs' "as" target is: the records, and each one formatted as 'LEVEL:logger:message'
_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])

_OUTPUT_FORMAT = '%(levelname)s:%(name)s:%(message)s'


class _CapturingHandler(logging.Handler):
    """A handler that fills a _LoggingWatcher instead of writing anywhere."""

    def __init__(self, level):
        super().__init__(level)
        self.setFormatter(logging.Formatter(_OUTPUT_FORMAT))
        self.watcher = _LoggingWatcher(records=[], output=[])

    def emit(self, record):
        records, output = self.watcher
        records.append(record)
        output.append(self.format(record))

    def flush(self):
        pass   # nothing is buffered


class _LoggerSettings:
    """A logger's handlers, level and propagate flag, saved so that they can be put back."""

    def __init__(self, logger):
        self.logger = logger
        self.handlers = list(logger.handlers)
        self.level = logger.level
        self.propagate = logger.propagate

    def restore(self):
        self.logger.handlers = self.handlers
        self.logger.setLevel(self.level)
        self.logger.propagate = self.propagate


class _AssertLogsContext(_BaseTestCaseContext):
    """assertLogs (no_logs false: fails unless something was logged) or assertNoLogs (fails if
    something was)."""

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        # a level name ('WARNING') stands for its number; no level means INFO
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def _logger(self):
        name = self.logger_name   # or the logger itself
        return name if isinstance(name, logging.Logger) else logging.getLogger(name)

    def __enter__(self):
        self.logger = self._logger()
        handler = _CapturingHandler(self.level)
        self.watcher = handler.watcher
        self._saved = _LoggerSettings(self.logger)
        self.logger.handlers = [handler]
        self.logger.setLevel(self.level)
        self.logger.propagate = False
        return None if self.no_logs else self.watcher

    def __exit__(self, exc_type, error, tb):
        self._saved.restore()
        if exc_type is None:
            self._check(self.watcher.output)
        return False   # an exception from the block goes on

    def _check(self, logged):
        if self.no_logs and logged:
            self._raiseFailure(f'Unexpected logs found: {logged!r}')
        if not self.no_logs and not logged:
            level_name = logging.getLevelName(self.level)
            self._raiseFailure(f'no logs of level {level_name} or higher triggered on {self.logger.name}')
