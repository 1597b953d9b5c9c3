"""TestResult: what a test run gathers (failures, errors, skips...), and the text of a failure."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True


def failfast(method):
    """A reporting method that stops the run first when the result is failfast."""
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _unittest_files():
    """The files of the loaded modules whose globals define __unittest. CPython hides a traceback
    entry whose frame's f_globals hold that name; the model's traceback frames keep no globals, so
    entries are matched to those modules by file name instead."""
    return {getattr(module, '__file__', None) for module in list(sys.modules.values())
            if '__unittest' in getattr(module, '__dict__', ())}


class TestResult:
    """The results of a test run: failures and errors as (test, formatted traceback) pairs, skipped
    as (test, reason) pairs, expected failures, unexpected successes, and testsRun."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        """With buffer, the test's output goes to buffers, shown only when the test fails."""
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest's outcome: a failure or error is recorded under the subtest; a success is not."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            errors = self.failures if issubclass(err[0], test.failureException) else self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The exception's traceback as CPython prints it, without unittest's own entries: those
        before the test's code, and (for the test's failureException) the assert method's."""
        exctype, value, tb = err
        report = traceback.TracebackException(exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        self._clean_tracebacks(report, test)
        msgLines = list(report.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    @staticmethod
    def _clean_tracebacks(report, test):
        """Trims the stacks of report and of its causes and contexts."""
        files = _unittest_files()
        seen = set()
        pending = [report]
        while pending:
            node = pending.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            entries = list(node.stack)
            while entries and entries[0].filename in files:
                del entries[0]
            if node.exc_type is test.failureException:
                for position, entry in enumerate(entries):
                    if entry.filename in files:
                        del entries[position:]
                        break
            node.stack = traceback.StackSummary.from_list(entries)
            pending.extend(link for link in (node.__cause__, node.__context__) if link is not None)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
