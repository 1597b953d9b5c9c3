# differential: normalize floats
# TextTestRunner's options: descriptions on and off, a resultclass of its own, a result class not
# derived from TestResult, the default stream (stderr), warnings while the tests run, and the
# stream wrapper's writeln and pass-through attributes.
import io
import sys
import unittest
import warnings


class Described(unittest.TestCase):
    def test_documented(self):
        """Checks the first docstring line.

        Not this one."""

    def test_plain(self):
        pass

    def test_warns(self):
        warnings.warn('a deprecation', DeprecationWarning)
        warnings.warn('a user warning')


class Counting(unittest.TextTestResult):
    def startTest(self, test):
        self.stream.write('<')
        super().startTest(test)

    def stopTest(self, test):
        super().stopTest(test)
        self.stream.write('>')


class Minimal:
    """Only what running a test needs; no skipped, expectedFailures or separators."""

    def __init__(self, stream, descriptions, verbosity):
        print('Minimal made with', type(stream).__name__, descriptions, verbosity)
        self.stream = stream
        self.testsRun = 0
        self.shouldStop = False
        self.outcomes = []
        self.failures, self.errors = [], []   # what a run that was not successful counts

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        self.outcomes.append(('ok', test.id()))

    def printErrors(self):
        self.stream.writeln('outcomes: %s' % self.outcomes)

    def wasSuccessful(self):
        return False


def run(**kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kwargs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('ignore')
        result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Described))
    print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
    print(type(result).__name__, result.testsRun, [str(w.message) for w in caught])
    return runner


run(verbosity=2)
run(verbosity=2, descriptions=False)
run(resultclass=Counting)
run(resultclass=Minimal, verbosity=3)
run(warnings='always', verbosity=0)
runner = run(warnings='ignore')
print(runner.descriptions, runner.verbosity, runner.failfast, runner.buffer, runner.tb_locals,
      runner.warnings, runner.resultclass.__name__, type(runner.stream).__name__)

wrapped = runner.stream
wrapped.writeln('a line')
wrapped.writeln()
wrapped.write('text')
print(repr(wrapped.getvalue()), wrapped.closed, wrapped.stream is wrapped.stream)
try:
    wrapped.no_such_attribute
except AttributeError:
    print('AttributeError from the stream')

sys.stderr.flush()
unittest.TextTestRunner(verbosity=2).run(unittest.TestSuite([Described('test_plain')]))
