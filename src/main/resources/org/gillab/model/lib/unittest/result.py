"""Test results: the GIL Lab model's unittest.result.

Mirrors CPython 3.11's Lib/unittest/result.py: written for the model from the unittest documentation
(TestResult) and from experiments with python3, not copied. A TestResult gathers a run's outcomes
(failures and errors as (test, traceback text) pairs, skips as (test, reason) pairs, expected
failures, unexpected successes, testsRun), buffers the output of tests when asked (-b), and formats
tracebacks without unittest's own frames.
"""

import functools
import io
import sys
import traceback

from . import util

__unittest = True

# how a buffered test's output is shown when it fails: after its traceback, and on the real streams
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Wraps a result's add method so that, when the result is failfast, it stops the run first."""
    @functools.wraps(method)
    def stop_then_record(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stop_then_record


def _output_section(template, buffer):
    """The 'Stdout:' or 'Stderr:' section of what a buffered test printed, ending its last line;
    empty when the test printed nothing there."""
    text = buffer.getvalue()
    if not text:
        return ''
    return template % (text if text.endswith('\n') else text + '\n')


def _unittest_files():
    """The files of the loaded modules whose globals define __unittest. CPython hides a traceback
    entry whose frame's f_globals hold that name; the model's traceback frames keep no globals, so
    entries are matched to those modules by file name instead."""
    return {getattr(module, '__file__', None) for module in list(sys.modules.values())
            if '__unittest' in getattr(module, '__dict__', ())}


def _trim_stack(frames, unittest_files, cut_at_assert):
    """A traceback's entries without the leading ones in unittest (the runner calling the test) and,
    for a failed assertion, without those from the first unittest entry on (the assert method)."""
    start = 0
    while start < len(frames) and frames[start].filename in unittest_files:
        start += 1
    kept = frames[start:]
    if cut_at_assert:
        inside = [position for position, frame in enumerate(kept) if frame.filename in unittest_files]
        if inside:
            kept = kept[:inside[0]]
    return kept


def _chained_reports(report):
    """report and the reports of its causes and contexts, each once."""
    seen = set()
    pending = [report]
    while pending:
        node = pending.pop()
        if id(node) not in seen:
            seen.add(id(node))
            yield node
            pending.extend(link for link in (node.__cause__, node.__context__) if link is not None)


class TestResult:
    """The results of a test run: failures and errors as (test, formatted traceback) pairs, skipped
    as (test, reason) pairs, expected failures, unexpected successes, and testsRun."""

    # what TestSuite remembers between the tests of a run: the class and module fixtures' state
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.failfast = self.shouldStop = False
        self.buffer = self.tb_locals = False
        # the streams a buffered test's output goes back to
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None   # made on the first buffered test
        self._mirrorOutput = False   # whether the running test failed, so its output is shown

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(type(self)), self.testsRun, len(self.errors), len(self.failures))

    # -- the run's and each test's start and end

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the run."""

    def stop(self):
        """Asks the run to stop after the running test."""
        self.shouldStop = True

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        return not (self.failures or self.errors or getattr(self, 'unexpectedSuccesses', ()))

    # -- outcomes

    @failfast
    def addError(self, test, err):
        self._record_problem(self.errors, test, test, err)

    @failfast
    def addFailure(self, test, err):
        self._record_problem(self.failures, test, test, err)

    def addSubTest(self, test, subtest, err):
        """A subtest's outcome: a failure or error is recorded under the subtest; a success is not."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record_problem(self.failures if failed else self.errors, subtest, test, err)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def _record_problem(self, problems, shown_as, test, err):
        problems.append((shown_as, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    # -- buffered output (-b)

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        """Puts the real streams back, first copying to them what a failed test printed."""
        if not self.buffer:
            return
        for template, buffer, stream in ((STDOUT_LINE, self._stdout_buffer, self._original_stdout),
                                         (STDERR_LINE, self._stderr_buffer, self._original_stderr)):
            section = _output_section(template, buffer) if self._mirrorOutput else ''
            if section:
                stream.write(section)
            buffer.seek(0)
            buffer.truncate()
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr

    # -- traceback text

    def _exc_info_to_string(self, err, test):
        """The exception's traceback as CPython prints it, without unittest's own entries, followed
        (for a buffered test) by what the test printed."""
        exc_type, exc_value, exc_traceback = err
        report = traceback.TracebackException(exc_type, exc_value, exc_traceback,
                                              capture_locals=self.tb_locals, compact=True)
        unittest_files = _unittest_files()
        for node in _chained_reports(report):
            kept = _trim_stack(list(node.stack), unittest_files, node.exc_type is test.failureException)
            node.stack = traceback.StackSummary.from_list(kept)
        text = ''.join(report.format())
        if self.buffer:
            text += (_output_section(STDOUT_LINE, self._stdout_buffer)
                     + _output_section(STDERR_LINE, self._stderr_buffer))
        return text
