# Assert methods' messages in the less common cases: reprs shortened around long common prefixes
# and long differences, element counts of unhashable values, sequences that cannot be measured or
# indexed, set differences that fail, custom equality functions, and unittest.util's helpers.
import functools
import re
import unittest
import unittest.util as util
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except t.failureException as e:
        print(f'{name}: failed: {e}')
    except Exception as e:
        print(f'{name}: {type(e).__name__}: {e}')
    else:
        print(f'{name}: passed')


# shortened reprs: a long common prefix is cut first, then each long difference
show('assertEqual', 'p' * 100 + 'a', 'p' * 100 + 'b')
show('assertEqual', 'p' * 30 + 'a' * 60, 'p' * 30 + 'b' * 60)
show('assertEqual', 'q' * 200 + 'x' * 100, 'q' * 200 + 'y')
show('assertEqual', 12345678901234567890 ** 5, 12345678901234567890 ** 5 + 1)
show('assertNotEqual', 'same', 'same')
show('assertEqual', {'key': 'v' * 90}, {'key': 'w' * 90})
show('assertEqual', ('t' * 50, 1), ('t' * 50, 2, 3))
t.maxDiff = 60
show('assertEqual', list(range(20)), list(range(1, 21)))
show('assertCountEqual', list(range(10)) * 2, list(range(5, 15)))
t.maxDiff = None
show('assertCountEqual', [[1], [1], {2: 3}, [4]], [{2: 3}, [1], [5], [5]])
show('assertCountEqual', [[], []], [[], []])
show('assertCountEqual', [1, 'a', 1.0, (2,)], [(2,), 'a', 'b', 1])
show('assertCountEqual', iter([3, 1]), (1, 3))


class Unmeasured:
    def __len__(self):
        raise TypeError('no len')


class Unindexable:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        raise IndexError(i)

    def __eq__(self, other):
        return False

    def __repr__(self):
        return 'Unindexable()'


show('assertSequenceEqual', Unmeasured(), [1])
show('assertSequenceEqual', [1], Unmeasured())
show('assertSequenceEqual', Unindexable(), [1, 2, 3, 4])
show('assertSequenceEqual', [1, 2, 3, 4], Unindexable())
show('assertSequenceEqual', [1, [2, 3]], [1, [2, 4]], 'nested')
show('assertSequenceEqual', 'abc', 'abd', seq_type=str)
show('assertSequenceEqual', [1, 2, 3], [1])
show('assertTupleEqual', (), (None,))
show('assertSetEqual', {1, 2}, {2, 3}, 'sets')
show('assertSetEqual', {1}, {1, (2,)})
show('assertSetEqual', 3, {1})
show('assertSetEqual', {1}, 3)
show('assertSetEqual', set(), frozenset())
show('assertDictEqual', {'a': [1] * 30}, {'a': [1] * 31})
show('assertMultiLineEqual', 'one\ntwo\n', 'one\nthree\n')
show('assertMultiLineEqual', 'line', 'line\n')
show('assertMultiLineEqual', 'x' * 70000, 'x' * 69999 + 'y')
show('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
show('assertNotAlmostEqual', 5, 5, delta=0.1, msg='same')
show('assertAlmostEqual', 10, 20, delta=5)
show('assertAlmostEqual', 1.23456, 1.23457, 4)
show('assertIsInstance', 3, (str, bytes))
show('assertRegex', 'text', re.compile('^x'))
show('assertRegex', b'bytes', b'^x')
show('assertNotRegex', b'abc bytes', b'b.t')
show('assertIn', 'x' * 100, ['y' * 100])
show('assertTrue', 'x' * 100, 'long value')


# addTypeEqualityFunc, by name and by function
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f'Point({self.x})'


def points_equal(first, second, msg=None):
    if first.x != second.x:
        raise t.failureException(msg or f'x differs: {first.x} vs {second.x}')


t.addTypeEqualityFunc(Point, points_equal)
show('assertEqual', Point(1), Point(2))
show('assertEqual', Point(1), Point(1))
show('assertEqual', Point(1), 1)
t.addTypeEqualityFunc(int, 'assertIs')
show('assertEqual', 5, 6)
show('assertEqual', 7, 7)


class BoolEqual(int):
    pass


show('assertEqual', BoolEqual(1), 1)


# assertRaises and assertWarns: names of callables, contexts, misuse
show('assertRaises', KeyError, functools.partial(dict().get, 'k'))
show('assertRaises', (KeyError, ValueError), lambda: None)
show('assertRaises', (KeyError, (ValueError, 5)), lambda: None)
show('assertRaisesRegex', ValueError, re.compile('base'), int, 'z', 2)
show('assertWarns', (UserWarning, RuntimeWarning), lambda: None)
show('assertWarnsRegex', UserWarning, 'x', warnings.warn, 'abc')
t.longMessage = False
try:
    with t.assertRaises(OSError, msg='short'):
        pass
except AssertionError as e:
    print('without longMessage:', e)
t.longMessage = True
try:
    with t.assertRaisesRegex(KeyError, 'nope', msg='extra') as cm:
        raise KeyError('other')
except AssertionError as e:
    print('context regex:', e)
with t.assertRaises(RuntimeError) as cm:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('wrapped')
print(repr(cm.exception), type(cm.exception.__context__).__name__, cm.expected)
try:
    with t.assertWarnsRegex(UserWarning, '^wanted', msg='why'):
        warnings.warn('unwanted')
        warnings.warn('other category', DeprecationWarning)
except AssertionError as e:
    print('warns regex:', e)
with t.assertWarns(UserWarning) as cm:
    warnings.warn('first', DeprecationWarning)
    warnings.warn('second')
print(cm.warning, len(cm.warnings))
try:
    with t.assertWarns(UserWarning):
        raise KeyError('passes through')
except KeyError as e:
    print('assertWarns lets', repr(e), 'through')
print(unittest.case._AssertRaisesContext[ValueError])

# unittest.util
print(util.safe_repr('x' * 100, short=True))
print(util.safe_repr([1, 2], short=True), util.safe_repr('y' * 79, short=True) == repr('y' * 79))


class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')


print(util.safe_repr(BadRepr()).startswith('<__main__.BadRepr object at '))
print(util.strclass(Probe), util.strclass(int))
print(util.three_way_cmp(1, 2), util.three_way_cmp('b', 'a'), util.three_way_cmp(3, 3))
