"""The text test runner: the GIL Lab model's unittest.runner.

Mirrors CPython 3.11's Lib/unittest/runner.py: written for the model from the unittest documentation
(TextTestRunner, TextTestResult) and from experiments with python3, not copied. What it writes to
its stream (stderr by default) is python3's byte for byte: a character per test ('.', 'F', 'E',
's', 'x', 'u') at verbosity 1, a 'test (Class.test) ... ok' line per test at 2 and above, then each
error and failure between separators, 'Ran N tests in T.TTTs' and 'OK' or 'FAILED (...)'.
"""

import sys
import time
import warnings

from .case import _SubTest
from .result import TestResult
from .signals import registerResult

__unittest = True


class _WritelnDecorator:
    """Lends a stream a writeln method; everything else is the stream's own."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Asked for before __init__ ran (copy and pickle make instances that way), 'stream' must
        # not recurse into itself.
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        self.write((arg or '') + '\n')


class TextTestResult(TestResult):
    """A result that prints each test's outcome: a character each ('.', 'F', 'E', 's', 'x', 'u') at
    verbosity 1, a line each ('test (Class.test) ... ok') at 2 and above, nothing at 0."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self._newline = True   # whether the stream is at the start of a line (verbose mode)

    def getDescription(self, test):
        """str(test), followed on a second line by its docstring's first line when descriptions
        are on."""
        doc_line = test.shortDescription()
        if doc_line and self.descriptions:
            return '%s\n%s' % (test, doc_line)
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._write_flushed(self.getDescription(test) + ' ... ')
            self._newline = False

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show_outcome(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show_outcome(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show_outcome(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show_outcome(subtest, 'FAIL', 'F')
            else:
                self._show_outcome(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show_outcome(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show_outcome(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show_outcome(test, 'unexpected success', 'u')

    def _show_outcome(self, test, word, mark):
        """Verbose: ends the test's line with word. Otherwise (at verbosity 1) writes mark."""
        if self.showAll:
            self._end_line(test, word)
        elif self.dots:
            self._write_flushed(mark)

    def _end_line(self, test, word):
        # A subtest's outcome gets a line of its own, indented under its test's line; so does the
        # outcome of a test whose line a subtest already ended.
        indented = isinstance(test, _SubTest)
        if indented or self._newline:
            prefix = '' if self._newline else '\n'
            indent = '  ' if indented else ''
            self.stream.write(prefix + indent + self.getDescription(test) + ' ... ')
        self._write_flushed(word + '\n')
        self._newline = True

    def _write_flushed(self, text):
        self.stream.write(text)
        self.stream.flush()

    def printErrors(self):
        if self.showAll or self.dots:
            self._write_flushed('\n')   # ends the line of dots (or follows the last verbose line)
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = '%s: %s' % (flavour, self.getDescription(test))
            for line in (self.separator1, heading, self.separator2, str(text)):
                self.stream.writeln(line)
            self.stream.flush()


def _summary(result):
    """'OK' or 'FAILED', with the counts that are not zero in parentheses."""
    counts = []
    if result.wasSuccessful():
        verdict = 'OK'
    else:
        verdict = 'FAILED'
        counts += [('failures', len(result.failures)), ('errors', len(result.errors))]
    try:
        counts += [(label, len(getattr(result, attribute))) for label, attribute in (
            ('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
            ('unexpected successes', 'unexpectedSuccesses'))]
    except AttributeError:
        pass   # a result class of its own, without those lists
    details = ', '.join('%s=%d' % (label, count) for label, count in counts if count)
    return '%s (%s)' % (verdict, details) if details else verdict


class TextTestRunner:
    """Runs a test with a TextTestResult, then prints the errors, 'Ran N tests in T.TTTs' and
    'OK' or 'FAILED (failures=..., errors=...)' with the skips and expected failures."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        # what each run's result is told
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings   # the warnings filter action during the run, if any
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        outcome = self._makeResult()
        registerResult(outcome)   # so that -c's Ctrl-C handler can stop it
        outcome.failfast, outcome.buffer, outcome.tb_locals = self.failfast, self.buffer, self.tb_locals
        with warnings.catch_warnings():
            self._set_warning_filters()
            started = time.perf_counter()
            self._run_between_hooks(test, outcome)
            elapsed = time.perf_counter() - started
        outcome.printErrors()
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        plural = '' if outcome.testsRun == 1 else 's'
        self.stream.writeln('Ran %d test%s in %.3fs' % (outcome.testsRun, plural, elapsed))
        self.stream.writeln()
        self.stream.writeln(_summary(outcome))
        self.stream.flush()
        return outcome

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _set_warning_filters(self):
        if not self.warnings:
            return
        warnings.simplefilter(self.warnings)
        if self.warnings in ('default', 'always'):
            # the deprecated assert aliases (failUnless, assertEquals...) warn once per module
            warnings.filterwarnings('module', category=DeprecationWarning,
                                    message=r'Please use assert\w+ instead.')

    @staticmethod
    def _run_between_hooks(test, outcome):
        """Runs test between the result's startTestRun and stopTestRun, if it has them."""
        start_run = getattr(outcome, 'startTestRun', None)
        if start_run is not None:
            start_run()
        try:
            test(outcome)
        finally:
            stop_run = getattr(outcome, 'stopTestRun', None)
            if stop_run is not None:
                stop_run()
