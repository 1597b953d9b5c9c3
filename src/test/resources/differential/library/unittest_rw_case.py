# TestCase's run, beyond the common cases: subtests (nested parameters, skips, failfast, expected
# failures), skip decorators, cleanups and contexts, debug(), results lacking optional methods,
# a test returning a value, FunctionTestCase and the reprs of tests.
import contextlib
import io
import unittest
import warnings


class Recording(unittest.TestResult):
    """Prints what it is told, in order."""

    def startTest(self, test):
        super().startTest(test)
        print('  start', test.id())

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        outcome = 'ok' if err is None else err[0].__name__
        print('  subtest', repr(str(subtest)), subtest.id() == str(subtest), outcome)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print('  skip', type(test).__name__, repr(reason))

    def addSuccess(self, test):
        print('  success', test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print('  failure', test.id(), err[1])

    def addError(self, test, err):
        super().addError(test, err)
        print('  error', test.id(), repr(err[1]))

    def addExpectedFailure(self, test, err):
        print('  expected failure', test.id(), err[1])

    def addUnexpectedSuccess(self, test):
        print('  unexpected success', test.id())


def run(test, result=None):
    print(test)
    return test.run(result if result is not None else Recording())


class Subtests(unittest.TestCase):
    def test_nested(self):
        with self.subTest('outer', a=1, c=0):
            with self.subTest(b=2, a=5):
                with self.subTest(d=3):
                    self.fail('innermost')
            with self.subTest():
                pass
        with self.subTest(msg=None):
            raise KeyError('k')
        with self.subTest(''):
            self.assertTrue(0, 'empty message')

    def test_skip_inside(self):
        with self.subTest(i=1):
            self.skipTest('not this one')
        with self.subTest(i=2):
            pass
        print('  after the skipped subtest')

    def test_failfast(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        print('  not reached under failfast')

    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(x=1):
            self.assertEqual(1, 2)
        print('  not reached after the expected failure')

    def test_params_mapping(self):
        with self.subTest(first=1):
            with self.subTest(second=2):
                global seen_subtest
                seen_subtest = self._subtest
                print('  params:', dict(self._subtest.params), list(self._subtest.params), type(self._subtest.params).__name__, self._subtest.test_case is self)
                print('  description:', self._subtest.shortDescription(), self._subtest.failureException)


for name in ('test_nested', 'test_skip_inside', 'test_failfast', 'test_expected_in_subtest', 'test_params_mapping'):
    run(Subtests(name))
result = Recording()
result.failfast = True
run(Subtests('test_failfast'), result)
print('subtest outside a run:')
with Subtests('test_nested').subTest(i=1):
    print('  runs plainly')
try:
    seen_subtest.runTest()
except NotImplementedError as e:
    print(' ', e)


class Decorated(unittest.TestCase):
    @unittest.skip
    def test_bare_skip(self):
        pass

    @unittest.skip('with a reason')
    def test_skip(self):
        pass

    @unittest.skipIf(True, 'if true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'unless true')
    def test_runs(self):
        """  Docstring first line.
        Second line."""

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


for name in ('test_bare_skip', 'test_skip', 'test_skip_if', 'test_runs', 'test_unexpected_success'):
    run(Decorated(name))
print(Decorated.test_skip.__name__, Decorated.test_skip.__unittest_skip__, Decorated.test_skip.__unittest_skip_why__)
print(Decorated.test_runs.__name__, getattr(Decorated.test_runs, '__unittest_skip__', None))
try:
    Decorated.test_skip(None)
except unittest.SkipTest as e:
    print('calling a skipped method: SkipTest', e)
print(repr(Decorated('test_runs').shortDescription()), Decorated('test_skip').shortDescription())


@unittest.skip('the whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


@unittest.expectedFailure
class ExpectedClass(unittest.TestCase):
    def test_fails(self):
        raise ValueError('expected')


run(SkippedClass('test_a'))
run(ExpectedClass('test_fails'))
try:
    SkippedClass('test_a').debug()
except unittest.SkipTest as e:
    print('debug of a skipped class: SkipTest', e)


# cleanups and contexts
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  enter', self.name)
        return self.name * 2

    def __exit__(self, *exc):
        print('  exit', self.name, exc)


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('  class context gives', cls.enterClassContext(Managed('class')))

    def setUp(self):
        print('  context gives', self.enterContext(Managed('test')))
        self.addCleanup(print, '  cleanup', 1, sep='|')
        self.addCleanup(self.failing_cleanup)
        self.addCleanup(print, '  cleanup', 3, sep='|')

    def failing_cleanup(self):
        raise OSError('cleanup broke')

    def test_ok(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            print(' ', e)

    def test_fails(self):
        self.fail('failed before the cleanups')


Cleanups.setUpClass()
run(Cleanups('test_ok'))
run(Cleanups('test_fails'))
Cleanups.doClassCleanups()
print('class cleanups gone:', Cleanups._class_cleanups, Cleanups.tearDown_exceptions)
Cleanups.addClassCleanup(lambda: 1 / 0)
Cleanups.addClassCleanup(print, 'class cleanup runs')
Cleanups.doClassCleanups()
print([exc[0].__name__ for exc in Cleanups.tearDown_exceptions], hasattr(unittest.TestCase, '_class_cleanups'))
case = Cleanups('test_ok')
case.addCleanup(print, 'doCleanups without a run')
print(case.doCleanups(), case.doCleanups())
case.addCleanup(lambda: 1 / 0)
print('a failing cleanup outside a run:', case.doCleanups())

print(unittest.enterModuleContext(Managed('module')))
unittest.addModuleCleanup(print, 'module cleanup')
unittest.addModuleCleanup(lambda: {}['first'])
unittest.addModuleCleanup(lambda: [][1])
try:
    unittest.doModuleCleanups()
except Exception as e:
    print('doModuleCleanups raises the first:', repr(e))
unittest.doModuleCleanups()
try:
    unittest.enterModuleContext(42)
except TypeError as e:
    print(e)


# debug() lets exceptions through, and runs cleanups only when all went well
class Debugged(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'debug cleanup')

    def test_ok(self):
        print('debug test body')

    def test_fails(self):
        self.assertIn(3, [1, 2])


Debugged('test_ok').debug()
try:
    Debugged('test_fails').debug()
except AssertionError as e:
    print('debug raised:', e)


# results without the optional methods
class Minimal:
    failfast = False

    def startTest(self, test):
        print('  minimal start')

    def stopTest(self, test):
        print('  minimal stop')

    def addSuccess(self, test):
        print('  minimal success')

    def addFailure(self, test, err):
        print('  minimal failure', err[0].__name__)

    def addError(self, test, err):
        print('  minimal error', err[0].__name__)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    run(Decorated('test_skip'), Minimal())
    run(Decorated('test_unexpected_success'), Minimal())
    run(ExpectedClass('test_fails'), Minimal())
    run(Subtests('test_skip_inside'), Minimal())
print([(w.category.__name__, str(w.message)) for w in caught])


# a result made by run() itself gets startTestRun and stopTestRun
class Counted(unittest.TestResult):
    def startTestRun(self):
        print('  startTestRun')

    def stopTestRun(self):
        print('  stopTestRun')


class UsesCounted(unittest.TestCase):
    def defaultTestResult(self):
        return Counted()

    def test_it(self):
        pass


print(UsesCounted('test_it').run(), UsesCounted('test_it')())


# returning a value from a test warns, naming the caller of run()
class Returns(unittest.TestCase):
    def test_returns(self):
        return 'value'


Returns('test_returns').run()
Returns('test_returns').debug()


# FunctionTestCase
def check():
    """Checks something.
    More."""


def undocumented():
    raise ValueError('plain error')


events = []
ftc = unittest.FunctionTestCase(check, setUp=lambda: events.append('set up'),
                                tearDown=lambda: events.append('torn down'))
run(ftc)
print(events, ftc.id(), repr(ftc.shortDescription()), ftc.countTestCases())
print(repr(ftc).startswith('<unittest.case.FunctionTestCase tec=<function check at '))
same = unittest.FunctionTestCase(check, setUp=ftc._setUpFunc, tearDown=ftc._tearDownFunc)
print(ftc == same, hash(ftc) == hash(same), ftc == unittest.FunctionTestCase(check), ftc != 3)
described = unittest.FunctionTestCase(undocumented, description='given')
print(described.shortDescription(), unittest.FunctionTestCase(undocumented).shortDescription())
run(described)

# TestCase identity
print(Returns('test_returns') == Returns('test_returns'), Returns('test_returns') == Subtests('test_nested'))
print(Returns('test_returns').__eq__(3), len({Returns('test_returns'), Returns('test_returns')}))
print(str(Subtests('test_nested')), repr(Subtests('test_nested')), Subtests('test_nested').id())
print(unittest.TestCase().id(), str(unittest.TestCase()), unittest.TestCase().shortDescription())


class Renamed(unittest.TestCase):
    def id(self):
        return 'custom id'

    def test_x(self):
        pass


print(str(Renamed('test_x')), unittest.TestCase.countTestCases(Renamed('test_x')))
print(isinstance(Renamed('test_x').defaultTestResult(), unittest.TestResult))
