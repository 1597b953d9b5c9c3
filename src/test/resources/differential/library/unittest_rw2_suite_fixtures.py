# TestSuite's class and module fixtures when they fail or skip (setUpModule, tearDownModule, module
# and class cleanups, SkipTest in setUpClass), with buffered output, nested suites, debug(), and
# the suite's own API (repr, ==, countTestCases after a run, shouldStop).
import io
import unittest

events = []


def fake_module(name, **functions):
    """Gives the helper module name fixtures (its test classes below say __module__ = name)."""
    module = __import__(name)
    for key, value in functions.items():
        setattr(module, key, value)


def failing(label, exc=RuntimeError):
    def fixture():
        events.append(label)
        raise exc(label + ' broke')
    return fixture


def run(*tests, **kwargs):
    del events[:]
    stream = io.StringIO()
    suite = unittest.TestSuite(tests)
    result = unittest.TextTestRunner(stream=stream, verbosity=2, **kwargs).run(suite)
    print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
    print('events:', events)
    print(result, [str(t) for t, _ in result.errors], [(str(t), r) for t, r in result.skipped])
    return result


fake_module('_unittest_rw2_mod_a', setUpModule=failing('setUpModule a'),
            tearDownModule=lambda: events.append('tearDownModule a'))
fake_module('_unittest_rw2_mod_b', setUpModule=lambda: unittest.addModuleCleanup(failing('module cleanup b', KeyError)),
            tearDownModule=failing('tearDownModule b', OSError))
fake_module('_unittest_rw2_mod_c', setUpModule=failing('setUpModule c', unittest.SkipTest))


class InA(unittest.TestCase):
    __module__ = '_unittest_rw2_mod_a'

    def test_a(self):
        events.append('test_a')


class InB(unittest.TestCase):
    __module__ = '_unittest_rw2_mod_b'

    @classmethod
    def setUpClass(cls):
        print('printed by setUpClass')
        cls.addClassCleanup(failing('class cleanup B', ValueError))

    def test_b(self):
        events.append('test_b')

    def test_b2(self):
        events.append('test_b2')


class InC(unittest.TestCase):
    __module__ = '_unittest_rw2_mod_c'

    def test_c(self):
        events.append('test_c')


class SkipsInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(events.append, 'cleanup after skip')
        raise unittest.SkipTest('not today')

    def test_x(self):
        events.append('test_x')


class CleanupFailsAfterSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(failing('cleanup after failed setUpClass', LookupError))
        raise TypeError('setUpClass broke')

    def test_y(self):
        events.append('test_y')


class Plain(unittest.TestCase):
    def test_p(self):
        events.append('test_p')

    def test_q(self):
        events.append('test_q')


run(InA('test_a'), InB('test_b'), unittest.TestSuite([InB('test_b2'), InC('test_c')]), Plain('test_p'))
run(SkipsInSetUpClass('test_x'), CleanupFailsAfterSetUpClass('test_y'), Plain('test_p'))
run(InB('test_b'), Plain('test_p'), buffer=True)

suite = unittest.TestSuite([Plain('test_p'), unittest.TestSuite([Plain('test_q')])])
print(suite.countTestCases(), suite == unittest.TestSuite(list(suite)), suite == [1], suite != suite)
print(repr(unittest.TestSuite([Plain('test_p')])))
result = unittest.TestResult()
suite.run(result)
print(suite.countTestCases(), list(suite), result.testsRun)

base = unittest.BaseTestSuite([Plain('test_p'), Plain('test_q')])
result = unittest.TestResult()
print(base.run(result) is result, result.testsRun, base.countTestCases(), list(base))


class Stops(unittest.TestCase):
    def test_1(self):
        self.stop_result.stop()

    def test_2(self):
        events.append('not reached')


result = unittest.TestResult()
Stops.stop_result = result
del events[:]
unittest.TestSuite([Stops('test_1'), Stops('test_2')]).run(result)
print(result.testsRun, result.shouldStop, events)


class KeepsTests(unittest.TestSuite):
    _cleanup = False


kept = KeepsTests([Plain('test_p')])
kept.run(unittest.TestResult())
print(list(kept), kept.countTestCases())

del events[:]
unittest.TestSuite([Plain('test_p'), Plain('test_q')]).debug()
print('debug:', events)
try:
    unittest.TestSuite([CleanupFailsAfterSetUpClass('test_y')]).debug()
except TypeError as e:
    print('debug raised', type(e).__name__, e)
holder = unittest.suite._ErrorHolder('setUpClass (x.Y)')
print(repr(holder), str(holder), holder.id(), holder.shortDescription(), holder.countTestCases())
