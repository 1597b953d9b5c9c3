"""TestCase and what it needs: the GIL Lab model's unittest.case.

Mirrors CPython 3.11's Lib/unittest/case.py: written for the model from the unittest documentation
and from experiments with python3 (whose failure messages are the specification), not copied.
Provides TestCase with its fixtures, cleanups, subtests and assert methods, FunctionTestCase, SkipTest
and the skip/expectedFailure decorators, and the module-level cleanups. A run of a test is a sequence
of parts (setUp, the test method, tearDown, each cleanup, each subtest); a _TestPart around each one
turns its exception into what the result records, so that the run goes on with the next part.
"""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import traceback
import types
import warnings

from . import result
from .util import (safe_repr, strclass, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# subTest's msg when none is given (None is a message too)
_NO_MESSAGE = object()


class SkipTest(Exception):
    """Raise to skip a test: the result records it as skipped with the exception's message."""


class _ShouldStop(Exception):
    """Ends the test method early: a subtest failed under failfast, or the expected failure of an
    expectedFailure test happened in a subtest."""


class _UnexpectedSuccess(Exception):
    """What an expectedFailure test that passed is reported as, to a result without
    addUnexpectedSuccess."""


# ----- reporting to a result that may lack the optional methods

def _exc_info(error):
    return type(error), error, error.__traceback__


def _addSkip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn('TestResult has no addSkip method, skips not reported', RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _addError(result, test, exc_info):
    """A failure when the exception is the test's failureException, else an error."""
    if result is not None:
        is_failure = issubclass(exc_info[0], test.failureException)
        (result.addFailure if is_failure else result.addError)(test, exc_info)


def _addExpectedFailure(result, test, exc_info):
    add = getattr(result, 'addExpectedFailure', None)
    if add is None:
        warnings.warn('TestResult has no addExpectedFailure method, reporting as passes', RuntimeWarning)
        result.addSuccess(test)
    else:
        add(test, exc_info)


def _addUnexpectedSuccess(result, test):
    add = getattr(result, 'addUnexpectedSuccess', None)
    if add is not None:
        add(test)
        return
    warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure', RuntimeWarning)
    # addFailure wants an exception with a traceback: raise one
    try:
        raise _UnexpectedSuccess from None
    except _UnexpectedSuccess as error:
        result.addFailure(test, _exc_info(error))


def _warn_returned_value(method, stacklevel):
    """A test method should return None: warns about one that returned something else."""
    warnings.warn(f'It is deprecated to return a value that is not None from a test case ({method})',
                  DeprecationWarning, stacklevel=stacklevel + 1)


# ----- one run of a test, part by part

class _Outcome:
    """The state of one run of a test: the result its parts report to, whether all of them
    succeeded so far, and the exception its method raised when a failure was expected."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False   # true while the method of an expectedFailure test runs
        self.expectedFailure = None      # the exc_info of that method's exception

    def part(self, test, subtest=False):
        return _TestPart(self, test, subtest)


class _TestPart:
    """The with statement around one part of a test: the part's exception (except
    KeyboardInterrupt) is recorded and swallowed. For a subtest, test is the _SubTest, whose
    outcome (success too) goes to result.addSubTest."""

    def __init__(self, outcome, test, subtest):
        self.outcome = outcome
        self.test = test
        self.subtest = subtest

    def __enter__(self):
        # the part's own success, combined with the outer one when it ends
        self.outer_success = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, error, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test, str(error))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, error, tb)
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test, (exc_type, error, tb))
                else:
                    _addError(outcome.result, self.test, (exc_type, error, tb))
            return True
        finally:
            outcome.success = outcome.success and self.outer_success


# ----- cleanups and context managers

def _call_cleanups(cleanups, on_error):
    """Pops and calls each (function, args, kwargs) of the list cleanups, the last added first;
    on_error gets every Exception one of them raises."""
    while cleanups:
        function, args, kwargs = cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as error:
            on_error(error)


def _enter_context(cm, addcleanup):
    """Enters cm and registers its exit as a cleanup (enterContext and its class and module forms).
    As the with statement does, it looks the methods up on cm's class."""
    cls = type(cm)
    if not (hasattr(cls, '__enter__') and hasattr(cls, '__exit__')):
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol")
    entered = cls.__enter__(cm)
    addcleanup(cls.__exit__, cm, None, None, None)
    return entered


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers function(*args, **kwargs) to be called after tearDownModule, or after setUpModule
    when that fails."""
    _module_cleanups.append((function, args, kwargs))


def doModuleCleanups():
    """Calls the module cleanups, last added first; then raises the first exception one raised."""
    errors = []
    _call_cleanups(_module_cleanups, errors.append)
    if errors:
        raise errors[0]


def enterModuleContext(cm):
    """Enters cm, its __exit__ added as a module cleanup; returns what __enter__ returned."""
    return _enter_context(cm, addModuleCleanup)


# ----- decorators

def _mark_skipped(item, reason):
    """item (a test method or class) marked as skipped; a method is also replaced by one raising
    SkipTest, so that calling it directly skips too."""
    if not isinstance(item, type):
        @functools.wraps(item)
        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        item = skipped
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def _unchanged(item):
    return item


def skip(reason):
    """Skips the decorated test (a method, or every test of a class). Bare @skip skips with ''."""
    if isinstance(reason, types.FunctionType):
        return _mark_skipped(reason, '')
    return functools.partial(_mark_skipped, reason=reason)


def skipIf(condition, reason):
    """Skips the decorated test if condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    return skipIf(not condition, reason)


def expectedFailure(test_item):
    """Marks a test (or every test of a class) whose failure is expected: the result records an
    expected failure when it fails, an unexpected success when it passes."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ----- the context managers of assertRaises, assertWarns (and assertLogs, in _log)

class _BaseTestCaseContext:
    """A context manager that fails the test case it belongs to, with the message the case's
    longMessage asks for (self.msg is the caller's message)."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standardMsg))


def _name_of(obj):
    try:
        return obj.__name__
    except AttributeError:
        return str(obj)


def _are_subclasses(expected, base):
    """Whether expected is a subclass of base, or a (nested) tuple of them."""
    if isinstance(expected, tuple):
        return all(_are_subclasses(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _ExpectationContext(_BaseTestCaseContext):
    """What assertRaises and assertWarns share: either the call of a callable they are given, or a
    context manager for a with block. The subclass says what is expected (_base_type) and checks it
    on exit."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None   # the callable's name, for the failure message
        self.msg = None

    def handle(self, name, args, kwargs):
        """With args, calls args[0](*args[1:], **kwargs) inside the context; without, returns the
        context manager, kwargs holding at most its msg. name is the assert method's."""
        if not _are_subclasses(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                unexpected = next(iter(kwargs))
                raise TypeError(f'{unexpected!r} is an invalid keyword argument for this function')
            return self
        function, *args = args
        self.obj_name = _name_of(function)
        with self:
            function(*args, **kwargs)
        return None

    def _fail_missing(self, verb):
        """Fails because nothing expected happened ('raised', 'triggered')."""
        what = f'{_name_of(self.expected)} not {verb}'
        self._raiseFailure(f'{what} by {self.obj_name}' if self.obj_name else what)

    def _fail_mismatch(self, text):
        self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{text}"')


class _AssertRaisesContext(_ExpectationContext):
    """The context manager of assertRaises and assertRaisesRegex; .exception is what was raised."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, error, tb):
        if exc_type is None:
            self._fail_missing('raised')
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False   # another exception goes on
        self.exception = error.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(error)):
            self._fail_mismatch(str(error))
        return True


class _AssertWarnsContext(_ExpectationContext):
    """The context manager of assertWarns and assertWarnsRegex; .warning, .filename and .lineno
    describe the first matching warning."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # a warning shown once from a place is not shown again: forget what every module showed
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, error, tb):
        self._catcher.__exit__(exc_type, error, tb)
        if exc_type is not None:
            return None   # the exception goes on
        of_type = [record for record in self.warnings if isinstance(record.message, self.expected)]
        for record in of_type:
            if self.expected_regex is None or self.expected_regex.search(str(record.message)):
                self.warning = record.message
                self.filename = record.filename
                self.lineno = record.lineno
                return None
        if of_type:
            self._fail_mismatch(str(of_type[0].message))
        self._fail_missing('triggered')


class _OrderedChainMap(collections.ChainMap):
    """A subtest's parameters over those of the enclosing subtests. Its keys come innermost
    subtest first, as the subtest's description lists them (a ChainMap's come outermost first)."""

    def __iter__(self):
        return iter(dict.fromkeys(key for mapping in self.maps for key in mapping))


# ----- TestCase

def _deprecated_alias(method):
    """An old name of an assert method: warns that method's name should be used, then calls it."""
    def alias(*args, **kwargs):
        warnings.warn(f'Please use {method.__name__} instead.', DeprecationWarning, 2)
        return method(*args, **kwargs)
    return alias


def _pformat_diff(first, second):
    """The ndiff of the pprint forms of first and second, as assertion messages append it."""
    lines = difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines())
    return '\n' + '\n'.join(lines)


def _almost_equal(first, second, places, delta):
    """Whether first and second are as close as assertAlmostEqual asks (within delta, or equal
    when rounded to places decimals, 7 by default), the tolerance in its messages' words, and the
    difference."""
    if delta is not None and places is not None:
        raise TypeError('specify delta or places not both')
    difference = abs(first - second)
    if delta is not None:
        return difference <= delta, f'within {safe_repr(delta)} delta', difference
    if places is None:
        places = 7
    return round(difference, places) == 0, f'within {places!r} places', difference


class TestCase:
    """A test case: each instance runs one test method (methodName) of its class, between setUp and
    tearDown, recording what happens in a TestResult."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without difflib (its matching is quadratic)
    _diffThreshold = 2 ** 16

    # assertEqual's comparisons for two values of exactly one of these types (method names, so
    # that subclasses may override the methods)
    _TYPE_EQUALITY_METHODS = {dict: 'assertDictEqual', list: 'assertListEqual',
                              tuple: 'assertTupleEqual', set: 'assertSetEqual',
                              frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = dict(self._TYPE_EQUALITY_METHODS)
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            # without runTest the instance still serves for its assert methods
            if methodName != 'runTest':
                raise ValueError(f'no such test method in {self.__class__}: {methodName}')
            self._testMethodDoc = 'No test'

    def __init_subclass__(cls, **kwargs):
        # each test class has its own class cleanups and setUpClass failure (TestSuite sets it)
        super().__init_subclass__(**kwargs)
        cls._class_cleanups = []
        cls._classSetupFailed = False

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual calls function(first, second, msg=None) when both are exactly of typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Calls function(*args, **kwargs) after tearDown (also when setUp fails), last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters cm, its __exit__ added as a cleanup; returns what __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Same as addCleanup, called after tearDownClass (also when setUpClass fails)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enters cm, its __exit__ added as a class cleanup; returns what __enter__ returned."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Hook run before each test method."""

    def tearDown(self):
        """Hook run after each test method."""

    @classmethod
    def setUpClass(cls):
        """Hook run before the class's first test."""

    @classmethod
    def tearDownClass(cls):
        """Hook run after the class's last test."""

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        if not self._testMethodDoc:
            return None
        return self._testMethodDoc.strip().split('\n')[0].strip()

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    # two instances are equal when they run the same method of the same class
    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __str__(self):
        return f'{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context whose failure or error is reported as a subtest's (msg and params name it), the
        test going on after it."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        if enclosing is None:
            params = _OrderedChainMap(params)
        else:
            params = enclosing.params.new_child(params)
        self._subtest = _SubTest(self, msg, params)
        try:
            with outcome.part(self._subtest, subtest=True):
                yield
            # a failure under failfast, or the expected failure, ends the test method
            if outcome.success:
                stop = outcome.expectedFailure is not None
            else:
                stop = outcome.result is not None and outcome.result.failfast
            if stop:
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    # ----- running

    # run and debug call each part of a test through one of these hooks, which
    # IsolatedAsyncioTestCase overrides to run coroutine functions on its event loop

    def _callSetUp(self):
        self.setUp()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callTestMethod(self, method):
        if method() is not None:
            # stacklevel 3: this method, run or debug, then their caller
            _warn_returned_value(method, stacklevel=3)

    def _skip_reason(self, method):
        """Why the class or the method is skipped, or None when neither is."""
        if not (getattr(self.__class__, '__unittest_skip__', False)
                or getattr(method, '__unittest_skip__', False)):
            return None
        return (getattr(self.__class__, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))

    def run(self, result=None):
        """Runs setUp, the test method, tearDown and the cleanups, reporting to result; without one,
        to a new defaultTestResult() whose startTestRun and stopTestRun are called around the test.
        Returns the result."""
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            _call_if_given(getattr(result, 'startTestRun', None))
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _addSkip(result, self, reason)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(method, '__unittest_expecting_failure__', False))
            outcome = self._outcome = _Outcome(result)
            try:
                with outcome.part(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.part(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self._callTearDown()
                self.doCleanups()
                if not outcome.success:
                    pass   # every failing part has been reported
                elif not expecting_failure:
                    result.addSuccess(self)
                elif outcome.expectedFailure is not None:
                    _addExpectedFailure(result, self, outcome.expectedFailure)
                else:
                    _addUnexpectedSuccess(result, self)
                return result
            finally:
                # the exception kept there has a traceback through this frame
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                _call_if_given(getattr(result, 'stopTestRun', None))

    def doCleanups(self):
        """Calls the cleanups, last added first, each reporting its own error; True if all succeeded."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Calls the class cleanups, last added first; cls.tearDown_exceptions lists the exc_info of
        each one that raised."""
        cls.tearDown_exceptions = []
        _call_cleanups(cls._class_cleanups, lambda error: cls.tearDown_exceptions.append(_exc_info(error)))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result, so that its exceptions propagate."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # ----- assert methods

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure message: with longMessage, the standard one followed by ' : msg' when a msg
        is given; without, msg instead of the standard one."""
        if msg is None or not self.longMessage:
            return msg or standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _failWith(self, msg, standardMsg):
        self.fail(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        """message followed by diff, or by a note of diff's length when that is over maxDiff."""
        if self.maxDiff is not None and len(diff) > self.maxDiff:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._failWith(msg, f'{safe_repr(expr)} is not true')

    def assertFalse(self, expr, msg=None):
        if expr:
            self._failWith(msg, f'{safe_repr(expr)} is not false')

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fails unless the callable (or the with block) raises expected_exception."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also failing unless the exception's str() matches expected_regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fails unless the callable (or the with block) warns expected_warning."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, also failing unless the warning's message matches expected_regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fails unless the with block logs at level (INFO by default) or above on logger (the root
        by default); the context's output and records list what was logged."""
        from ._log import _AssertLogsContext   # logging is imported only when needed
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Fails if the with block logs at level or above on logger."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._failWith(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        check = self._baseAssertEqual
        if type(first) == type(second):
            check = self._type_equality_funcs.get(type(first), check)
            if isinstance(check, str):
                check = getattr(self, check)
        check(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._failWith(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fails unless first and second are equal, or differ by at most delta, or by less than
        half a unit in the places-th decimal place (7 by default)."""
        if first == second:
            return
        close, within, difference = _almost_equal(first, second, places, delta)
        if not close:
            self._failWith(msg, f'{safe_repr(first)} != {safe_repr(second)} {within} '
                                f'({safe_repr(difference)} difference)')

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, within, difference = _almost_equal(first, second, places, delta)
        if first == second or close:
            standard = f'{safe_repr(first)} == {safe_repr(second)} {within}'
            if delta is not None:
                standard += f' ({safe_repr(difference)} difference)'
            self._failWith(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fails unless the sequences are equal, saying where they first differ and which has
        extra elements, followed by an ndiff of their pprint forms."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(f'{which} sequence is not a {kind}: {safe_repr(seq)}')
        lengths = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                self._failSequences(msg, seq1, seq2, f'{which} {kind} has no length.    Non-sequence?')
        if seq1 == seq2:
            return
        len1, len2 = lengths
        where = _first_difference(seq1, seq2, min(len1, len2), kind)
        if where is None and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return   # equal elements, in sequences of different types
        header = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        extra = _extra_elements(seq1, seq2, len1, len2, kind)
        self._failSequences(msg, seq1, seq2, header + (where or '') + extra)

    def _failSequences(self, msg, seq1, seq2, text):
        self._failWith(msg, self._truncateMessage(text, _pformat_diff(seq1, seq2)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _setDifference(self, first, second, which):
        try:
            return first.difference(second)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'{which} argument does not support set difference: {e}')

    def assertSetEqual(self, set1, set2, msg=None):
        """Fails unless the sets are equal, listing the items only in each."""
        only_first = self._setDifference(set1, set2, 'first')
        only_second = self._setDifference(set2, set1, 'second')
        lines = []
        if only_first:
            lines += ['Items in the first set but not the second:', *map(repr, only_first)]
        if only_second:
            lines += ['Items in the second set but not the first:', *map(repr, only_second)]
        if lines:
            self._failWith(msg, '\n'.join(lines))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failWith(msg, f'{safe_repr(member)} not found in {safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failWith(msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}')

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failWith(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failWith(msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def _assertBothInstances(self, first, second, cls, noun):
        self.assertIsInstance(first, cls, f'First argument is not a {noun}')
        self.assertIsInstance(second, cls, f'Second argument is not a {noun}')

    def assertDictEqual(self, d1, d2, msg=None):
        self._assertBothInstances(d1, d2, dict, 'dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            self._failWith(msg, self._truncateMessage(standard, _pformat_diff(d1, d2)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fails unless dictionary holds every key of subset with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        mismatched = [f'{safe_repr(key)}, expected: {safe_repr(value)}, actual: {safe_repr(dictionary[key])}'
                      for key, value in subset.items() if key in dictionary and value != dictionary[key]]
        parts = []
        if missing:
            parts.append('Missing: ' + ','.join(map(safe_repr, missing)))
        if mismatched:
            parts.append('Mismatched values: ' + ','.join(mismatched))
        if parts:
            self._failWith(msg, '; '.join(parts))

    def assertCountEqual(self, first, second, msg=None):
        """Fails unless the two hold the same elements the same number of times, in any order."""
        first, second = list(first), list(second)
        try:
            if collections.Counter(first) == collections.Counter(second):
                return
        except TypeError:   # unhashable elements
            mismatches = _count_diff_all_purpose(first, second)
        else:
            mismatches = _count_diff_hashable(first, second)
        if mismatches:
            lines = '\n'.join('First has %d, Second has %d:  %r' % mismatch for mismatch in mismatches)
            self._failWith(msg, self._truncateMessage('Element counts were not equal:\n', lines))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fails unless the strings are equal, with an ndiff of their lines."""
        self._assertBothInstances(first, second, str, 'string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip('\r\n') == first:
            # one line without an ending: end both so that ndiff's '?' lines start lines of their own
            first_lines, second_lines = [first + '\n'], [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
        self._failWith(msg, self._truncateMessage(standard, diff))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._failWith(msg, f'{safe_repr(a)} not less than {safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._failWith(msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}')

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._failWith(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._failWith(msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}')

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failWith(msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failWith(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failWith(msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failWith(msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._failWith(msg, f"Regex didn't match: {expected_regex.pattern!r} not found in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._failWith(msg, f'Regex matched: {found.group()!r} matches '
                                f'{unexpected_regex.pattern!r} in {text!r}')

    failUnlessEqual = assertEquals = _deprecated_alias(assertEqual)
    failIfEqual = assertNotEquals = _deprecated_alias(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated_alias(assertTrue)
    failUnlessRaises = _deprecated_alias(assertRaises)
    failIf = _deprecated_alias(assertFalse)
    assertRaisesRegexp = _deprecated_alias(assertRaisesRegex)
    assertRegexpMatches = _deprecated_alias(assertRegex)
    assertNotRegexpMatches = _deprecated_alias(assertNotRegex)


def _call_if_given(function):
    """Calls function() unless it is None (an optional method or fixture)."""
    if function is not None:
        function()


_UNINDEXABLE = (TypeError, IndexError, NotImplementedError)


def _first_difference(seq1, seq2, length, kind):
    """assertSequenceEqual's lines naming the first differing element among the first length
    ones, or the first one that could not be indexed; None when they are all equal."""
    for i in range(length):
        items = []
        for which, seq in (('first', seq1), ('second', seq2)):
            try:
                items.append(seq[i])
            except _UNINDEXABLE:
                return f'\nUnable to index element {i} of {which} {kind}\n'
        if items[0] != items[1]:
            return '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(*items))
    return None


def _extra_elements(seq1, seq2, len1, len2, kind):
    """assertSequenceEqual's lines saying which sequence is longer, by how much, and its first
    extra element."""
    if len1 == len2:
        return ''
    which, longer, start = ('First', seq1, len2) if len1 > len2 else ('Second', seq2, len1)
    text = f'\n{which} {kind} contains {abs(len1 - len2)} additional elements.\n'
    try:
        return text + f'First extra element {start}:\n{safe_repr(longer[start])}\n'
    except _UNINDEXABLE:
        return text + f'Unable to index element {start} of {which.lower()} {kind}\n'


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function, with optional set-up and tidy-up functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description

    def runTest(self):
        self._testFunc()

    def setUp(self):
        _call_if_given(self._setUpFunc)

    def tearDown(self):
        _call_if_given(self._tearDownFunc)

    def id(self):
        return self._testFunc.__name__

    def _fields(self):
        """What two equal instances share."""
        return self._setUpFunc, self._tearDownFunc, self._testFunc, self._description

    def __hash__(self):
        return hash((type(self),) + self._fields())

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        return f'{strclass(self.__class__)} ({self._testFunc.__name__})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} tec={self._testFunc}>'

    def shortDescription(self):
        """The description given, else the first line of the function's docstring, else None."""
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return (doc.split('\n')[0].strip() if doc else '') or None


class _SubTest(TestCase):
    """The test case a subTest's outcome is reported as: its parent test, message and parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        # failures inside the subtest are the parent's kind of failure
        self.failureException = test_case.failureException
        self._message = message
        self.params = params

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        """'[message] (name=value, ...)', the parts present, or '(<subtest>)' without either."""
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append(f'[{self._message}]')
        if self.params:
            parts.append('(' + ', '.join(f'{k}={v!r}' for k, v in self.params.items()) + ')')
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'
