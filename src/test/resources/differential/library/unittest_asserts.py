import logging
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def show(name, *args, **kwargs):
    try:
        result = getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f'{name}: AssertionError: {e}')
    except Exception as e:
        print(f'{name}: {type(e).__name__}: {e}')
    else:
        print(f'{name}: passed', '' if result is None else type(result).__name__)


show('assertEqual', 1, 1)
show('assertEqual', 'a' * 100, 'a' * 99 + 'b')
show('assertEqual', 'x' * 50 + 'one' + 'y' * 60, 'x' * 50 + 'two' + 'y' * 70)
show('assertEqual', list(range(30)), list(range(29)) + [99])
show('assertEqual', (1, 'a'), (1, 'b'), 'custom')
show('assertEqual', {1, 2, 3}, {2, 3, 4})
show('assertEqual', frozenset([1]), frozenset())
show('assertEqual', 1.5, 2)
show('assertEqual', 'single', 'singles')
show('assertEqual', 'a\nb\nc', 'a\nB\nc\nd')
show('assertEqual', [{'k': i, 'v': 'x' * i} for i in range(12)], [{'k': i, 'v': 'x' * i} for i in range(1, 13)])
t.maxDiff = None
show('assertEqual', [{'k': i, 'v': 'x' * i} for i in range(12)], [{'k': i, 'v': 'x' * i} for i in range(1, 13)])
t.maxDiff = 640
t.longMessage = False
show('assertEqual', 1, 2, 'only this')
show('assertEqual', 1, 2)
t.longMessage = True
show('assertNotEqual', 3, 3)
show('assertTrue', 0)
show('assertFalse', [1])
show('assertIs', None, False)
show('assertIsNot', t, t, msg='same')
show('assertIsNone', 0)
show('assertIsNotNone', None)
show('assertIn', 4, [1, 2])
show('assertNotIn', 'a', 'abc')
show('assertIsInstance', 1, str)
show('assertNotIsInstance', 1, (int, float))
show('assertAlmostEqual', 1.0, 1.00000001)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.1, places=3)
show('assertAlmostEqual', 1.0, 1.5, delta=0.25)
show('assertAlmostEqual', 1.0, 1.5, delta=0.5)
show('assertAlmostEqual', 1.0, 1.5, places=2, delta=0.5)
show('assertNotAlmostEqual', 1.0, 1.00000001)
show('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
show('assertNotAlmostEqual', 2, 2, places=1)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 'b', 'a')
show('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
show('assertCountEqual', [[1], [2], [2]], [[2], [1], [3]])
show('assertCountEqual', 'abc', 'cba')
show('assertSequenceEqual', [1, 2], (1, 2))
show('assertSequenceEqual', [1, 2, 3], (1, 2))
show('assertListEqual', [1], (1,))
show('assertTupleEqual', (1,), [1])
show('assertListEqual', [], [None, 2])
show('assertSequenceEqual', 5, [1])
show('assertSetEqual', {1}, [1])
show('assertSetEqual', [1], {1})
show('assertDictEqual', {'a': 1}, [('a', 1)])
show('assertMultiLineEqual', 1, 'x')
show('assertRegex', 'hello', r'w.rld')
show('assertNotRegex', 'hello world', r'w.rld')
show('assertRegex', 'hello', 'l+')
show('assertDictContainsSubset', {'a': 1, 'b': 2, 'c': 3}, {'a': 1, 'b': 5})
show('fail')
show('fail', 'boom')
show('skipTest', 'why')

# assertRaises and friends, as callables and context managers
show('assertRaises', ValueError, int, 'x')
show('assertRaises', ValueError, int, '5')
show('assertRaises', ValueError, lambda: None)
show('assertRaises', 'nope')
show('assertRaises', (KeyError, IndexError), [].pop)
show('assertRaisesRegex', ValueError, 'invalid', int, 'x')
show('assertRaisesRegex', ValueError, 'nomatch', int, 'x')
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError, msg='needs a key error'):
        pass
except AssertionError as e:
    print('context:', e)
try:
    with t.assertRaises(KeyError):
        raise TypeError('other')
except TypeError as e:
    print('passes through:', e)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print(e)


def warn_it(msg='old api'):
    warnings.warn(msg, DeprecationWarning)


show('assertWarns', DeprecationWarning, warn_it)
show('assertWarns', UserWarning, warn_it)
show('assertWarns', UserWarning, lambda: None)
show('assertWarnsRegex', DeprecationWarning, 'new', warn_it)
show('assertWarnsRegex', DeprecationWarning, 'old', warn_it)
show('assertWarns', ValueError)
with t.assertWarns(DeprecationWarning) as cm:
    warn_it('inside')
print(cm.warning, cm.lineno, cm.filename == __file__)

log = logging.getLogger('app.db')
with t.assertLogs('app', level='WARNING') as cm:
    log.warning('disk %d%% full', 91)
    log.info('ignored')
    log.error('failed')
print(cm.output, [r.getMessage() for r in cm.records])
try:
    with t.assertLogs('app', level=logging.ERROR):
        log.warning('too low')
except AssertionError as e:
    print(e)
try:
    with t.assertLogs():
        pass
except AssertionError as e:
    print(e)
with t.assertNoLogs('quiet'):
    logging.getLogger('quiet').debug('debug is below INFO')
try:
    with t.assertNoLogs('app', level='DEBUG'):
        log.debug('chatty')
except AssertionError as e:
    print(e)

# deprecated aliases warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failUnless(True)
    t.assertDictContainsSubset({}, {})
print([str(w.message) for w in caught])


class Custom(unittest.TestCase):
    failureException = RuntimeError

    def runTest(self):
        pass


try:
    Custom().assertEqual(1, 2)
except RuntimeError as e:
    print('custom failureException:', e)

try:
    Probe('nothing')
except ValueError as e:
    print(e)
print(repr(Probe()), str(Probe()), Probe().id(), Probe() == Probe(), hash(Probe()) == hash(Probe()))
