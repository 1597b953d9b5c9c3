"""Finding tests: the GIL Lab model's unittest.loader.

Mirrors CPython 3.11's Lib/unittest/loader.py: written for the model from the unittest documentation
(TestLoader) and from experiments with python3, not copied. TestLoader makes suites of a class's test
methods, of a module's test classes (or what its load_tests returns) and of the tests dotted names
reach; a name that cannot be loaded becomes a test that fails saying why, and the reason is kept in
the loader's errors. Discovery of test files in directories (discover) is not provided.
"""

import functools
import traceback
import types
import warnings
from fnmatch import fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test standing for a name that could not be loaded: its one test method, named after
    that name, raises the exception that loading met."""

    def __init__(self, method_name, exception):
        self._failing_method = method_name
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # only reached for attributes the instance lacks, so the failing method is made here
        if name != self.__dict__.get('_failing_method'):
            raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')

        def raise_loading_error():
            raise self._exception
        return raise_loading_error


def _failure(method_name, exception, suite_class, message):
    """A suite of one _FailedTest, with the message the loader adds to its errors."""
    return suite_class((_FailedTest(method_name, exception),)), message


def _import_failure(name, suite_class):
    """Called while the import's exception is being handled, whose traceback the message shows."""
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failure(name, ImportError(message), suite_class, message)


def _is_test_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


class TestLoader:
    """Makes suites of the test methods (names starting with testMethodPrefix, sorted with
    sortTestMethodsUsing, filtered by the fnmatch patterns of testNamePatterns) of test classes."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        super().__init__()
        self.errors = []   # why names or modules failed to load, as text

    def _give_up(self, failure):
        """Records why loading failed; the suite that reports it is what the caller returns."""
        failed_suite, message = failure
        self.errors.append(message)
        return failed_suite

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        names = [name for name in dir(testCaseClass) if self._is_test_method(testCaseClass, name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def _is_test_method(self, test_class, name):
        if not name.startswith(self.testMethodPrefix) or not callable(getattr(test_class, name)):
            return False
        if self.testNamePatterns is None:
            return True
        full_name = '.'.join((test_class.__module__, test_class.__qualname__, name))
        return any(fnmatchcase(full_name, pattern) for pattern in self.testNamePatterns)

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance of testCaseClass per test method (runTest when there is none)."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(testCaseClass(name) for name in names)

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the module's TestCase classes' suites, in name order, or what the module's
        load_tests(loader, tests, pattern) returns."""
        _check_legacy_arguments(args, kws)
        found = self.suiteClass([self.loadTestsFromTestCase(value) for value in
                                 (getattr(module, name) for name in dir(module))
                                 if _is_test_case_class(value)])
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return found
        try:
            return load_tests(self, found, pattern)
        except Exception as e:
            message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
            return self._give_up(_failure(module.__name__, e, self.suiteClass, message))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name resolves to (a module, a test class, a test method, a suite, or a
        callable returning a test), relative to module when given; a name that does not resolve gives
        a suite whose one test raises why."""
        parts = name.split('.')
        import_failure = None
        if module is None:
            module, import_failure = self._import_leading_module(parts)
            if module is None:
                return self._give_up(import_failure)
            parts = parts[1:]   # __import__ answered the top-level package: walk from there
        owner, obj = None, module
        for part in parts:
            try:
                owner, obj = obj, getattr(obj, part)
            except AttributeError as e:
                # In a package a missing attribute is often a submodule that failed to import:
                # that failure explains more.
                if import_failure is not None and getattr(obj, '__path__', None) is not None:
                    return self._give_up(import_failure)
                message = 'Failed to access attribute:\n%s' % (traceback.format_exc(),)
                return self._give_up(_failure(part, e, self.suiteClass, message))
        return self._tests_from_object(obj, owner, parts[-1] if parts else None)

    def _import_leading_module(self, parts):
        """Imports the longest leading part of a dotted name that imports: (the top-level module
        __import__ returns, or None, and the failure of the next longer import, if any)."""
        failure = None
        for length in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:length])), failure
            except ImportError:
                failure = _import_failure(parts[length - 1], self.suiteClass)
        return None, failure

    def _tests_from_object(self, obj, owner, attribute):
        """The tests of what a name reached: owner is the object it was an attribute of."""
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and _is_test_case_class(owner):
            instance = owner(attribute)
            # a plain function stored on the class (a staticmethod) is called below instead
            if not isinstance(getattr(instance, attribute), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('test discovery is not provided by the model')


def _check_legacy_arguments(args, kws):
    """loadTestsFromModule's use_load_tests argument (positional or keyword) is accepted, with a
    warning, and ignored; anything more is a TypeError."""
    if args or 'use_load_tests' in kws:
        warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
        kws.pop('use_load_tests', None)
    if len(args) > 1:
        raise TypeError('loadTestsFromModule() takes 1 positional argument but {} were given'.format(len(args) + 1))
    if kws:
        raise TypeError("loadTestsFromModule() got an unexpected keyword argument '{}'".format(sorted(kws)[0]))


defaultTestLoader = TestLoader()


# The module-level helpers of old, deprecated in 3.11: each warns, then asks a loader configured
# with its arguments.

def _deprecated_helper(name, replacement):
    warnings.warn(f'unittest.{name}() is deprecated and will be removed in Python 3.13. '
                  f'Please use unittest.TestLoader.{replacement}() instead.',
                  DeprecationWarning, stacklevel=3)


def _configured_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    configured = TestLoader()
    configured.testMethodPrefix = prefix
    configured.sortTestMethodsUsing = sortUsing
    configured.testNamePatterns = testNamePatterns
    if suiteClass:
        configured.suiteClass = suiteClass
    return configured


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    _deprecated_helper('getTestCaseNames', 'getTestCaseNames')
    return _configured_loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated_helper('makeSuite', 'loadTestsFromTestCase')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated_helper('findTestCases', 'loadTestsFromModule')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
