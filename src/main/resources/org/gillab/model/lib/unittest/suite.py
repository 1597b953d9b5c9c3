"""Test suites: the GIL Lab model's unittest.suite.

Mirrors CPython 3.11's Lib/unittest/suite.py: written for the model from the unittest documentation and
from experiments with python3, not copied. BaseTestSuite runs its tests in order; TestSuite also runs
the class fixtures (setUpClass/tearDownClass, doClassCleanups) and module fixtures
(setUpModule/tearDownModule, doModuleCleanups) whenever the test it reaches belongs to another class
or module than the previous one, and reports a failing fixture as an error of a stand-in test named
like 'setUpClass (module.Class)'.
"""

import sys

from . import case
from . import util

__unittest = True


class BaseTestSuite:
    """A composite of tests (test cases and suites), run in order without fixtures."""

    # a test that has run is dropped, so that what it holds can be freed before the run ends
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0   # how many test cases the dropped tests counted
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (util.strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._forget(position)
        return result

    def debug(self):
        """Runs the tests without collecting errors in a TestResult."""
        for test in self:
            test.debug()

    def _forget(self, position):
        """Drops the test at position once it has run, still counting its test cases."""
        if not self._cleanup:
            return
        try:
            test = self._tests[position]
        except TypeError:
            return   # a subclass keeps its tests in something that cannot be indexed
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[position] = None


class TestSuite(BaseTestSuite):
    """A suite that also calls setUpClass/tearDownClass and setUpModule/tearDownModule as the tests
    it runs move from one class or module to the next."""

    def run(self, result, debug=False):
        # Only the outermost suite of a run closes the last class and module: nested suites share
        # the result, which remembers the previous test's class across them.
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_test_case(test):
                _enter_fixtures(type(test), result)
                if _fixtures_failed(type(test), result):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            self._forget(position)
        if outermost:
            _leave_class(None, result)
            _leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Runs the tests without collecting errors in a TestResult."""
        self.run(_DebugResult(), True)


def _is_test_case(test):
    """A single test rather than a suite: suites are iterable, test cases are not."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _enter_fixtures(test_class, result):
    """Moves the run on to a test of test_class: closes the previous class, switches modules, and
    sets up test_class, each only when it changed."""
    _leave_class(test_class, result)
    _enter_module(test_class.__module__, result)
    _enter_class(test_class, result)
    result._previousTestClass = test_class


def _fixtures_failed(test_class, result):
    return getattr(test_class, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False)


def _previous_class(result):
    return getattr(result, '_previousTestClass', None)


def _previous_module(result):
    previous = _previous_class(result)
    return None if previous is None else previous.__module__


def _set_class_failed(test_class, failed):
    try:
        test_class._classSetupFailed = failed
    except TypeError:
        pass   # a built-in type (a callable test that is not a TestCase) takes no attributes


def _enter_class(test_class, result):
    if test_class == _previous_class(result) or result._moduleSetUpFailed:
        return
    if getattr(test_class, '__unittest_skip__', False):
        return
    _set_class_failed(test_class, False)
    set_up = getattr(test_class, 'setUpClass', None)
    if set_up is None:
        return
    label = _FixtureLabel('setUpClass', util.strclass(test_class))
    with _OutputCapture(result):
        if not label.call(set_up, result):
            _set_class_failed(test_class, True)
            _run_class_cleanups(test_class, label, result)


def _leave_class(next_class, result):
    """Tears down the previous test's class unless next_class is the same (None ends the run)."""
    previous = _previous_class(result)
    if previous is None or previous == next_class or _fixtures_failed(previous, result):
        return
    if getattr(previous, '__unittest_skip__', False):
        return
    tear_down = getattr(previous, 'tearDownClass', None)
    if tear_down is None and getattr(previous, 'doClassCleanups', None) is None:
        return
    label = _FixtureLabel('tearDownClass', util.strclass(previous))
    with _OutputCapture(result):
        if tear_down is not None:
            label.call(tear_down, result)
        _run_class_cleanups(previous, label, result)


def _run_class_cleanups(test_class, label, result):
    """Calls the functions addClassCleanup registered; TestCase.doClassCleanups keeps what they
    raised in tearDown_exceptions, each reported under the fixture that ran them."""
    run_cleanups = getattr(test_class, 'doClassCleanups', None)
    if run_cleanups is None:
        return
    run_cleanups()
    for exc_info in test_class.tearDown_exceptions:
        if isinstance(result, _DebugResult):
            raise exc_info[1]
        label.report(result, exc_info)


def _enter_module(module_name, result):
    if module_name == _previous_module(result):
        return
    _leave_module(result)
    result._moduleSetUpFailed = False
    module = sys.modules.get(module_name)
    set_up = getattr(module, 'setUpModule', None)
    if set_up is None:
        return
    label = _FixtureLabel('setUpModule', module_name)
    with _OutputCapture(result):
        if not label.call(set_up, result):
            result._moduleSetUpFailed = True
            label.call(case.doModuleCleanups, result)


def _leave_module(result):
    module_name = _previous_module(result)
    if module_name is None or result._moduleSetUpFailed or module_name not in sys.modules:
        return
    tear_down = getattr(sys.modules[module_name], 'tearDownModule', None)
    label = _FixtureLabel('tearDownModule', module_name)
    with _OutputCapture(result):
        if tear_down is not None:
            label.call(tear_down, result)
        label.call(case.doModuleCleanups, result)


class _FixtureLabel:
    """Names a class or module fixture in the result: 'setUpClass (module.Class)'."""

    def __init__(self, fixture, owner):
        self.name = f'{fixture} ({owner})'

    def call(self, function, result):
        """Calls function; if it raises, reports the exception (a debug run lets it propagate) and
        answers False."""
        try:
            function()
        except Exception:
            if isinstance(result, _DebugResult):
                raise
            self.report(result, sys.exc_info())
            return False
        return True

    def report(self, result, exc_info):
        """A SkipTest skips the stand-in test; any other exception is its error."""
        stand_in = _ErrorHolder(self.name)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc_info[1], case.SkipTest):
            add_skip(stand_in, str(exc_info[1]))
        else:
            result.addError(stand_in, exc_info)


class _OutputCapture:
    """With a buffering result, a fixture's output is captured as a test's is."""

    def __init__(self, result):
        self.result = result

    def _call(self, name):
        method = getattr(self.result, name, None)
        if method is not None:
            method()

    def __enter__(self):
        self._call('_setupStdout')

    def __exit__(self, *exc_info):
        self._call('_restoreStdout')


class _ErrorHolder:
    """Stands for a test in a result when a fixture (setUpClass, setUpModule...) fails."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def __call__(self, result):
        return self.run(result)

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def run(self, result):
        pass

    def countTestCases(self):
        return 0


class _DebugResult:
    """Stands for a result in a debug() run: fixture errors propagate instead of being kept."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
