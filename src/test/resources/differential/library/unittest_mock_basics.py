# unittest.mock's Mock and MagicMock in a test suite: children named and cached, return_value,
# (list(mock) is avoided: CPython calls __len__ first as a length hint, the model does not.)
# side_effect in its forms, the recorded calls, reset_mock, configure_mock, spec and spec_set, wraps,
# MagicMock's default magic methods, call, ANY, DEFAULT, sentinel (ids normalised in reprs).
import io
import re
import unittest
from unittest.mock import ANY, DEFAULT, MagicMock, Mock, NonCallableMock, call, sentinel


def shown(obj):
    return re.sub(r"id='\d+'", "id=N", repr(obj))


class Shape:
    sides = 0

    def area(self, scale):
        return 0


class MockTests(unittest.TestCase):
    def test_children_and_names(self):
        m = Mock()
        self.assertIs(m.a, m.a)
        print(shown(m), shown(m.a), shown(m.a.b), shown(m()), shown(m.a().b), shown(Mock(name='n').x))
        named = Mock(name='db')
        named.conn.cursor().execute('sql')
        print(named.mock_calls, named.method_calls, named.conn.method_calls)

    def test_return_value_and_side_effect(self):
        self.assertEqual(Mock(return_value=3)(), 3)
        m = Mock(side_effect=[1, KeyError('k'), 3])
        self.assertEqual(m(), 1)
        with self.assertRaises(KeyError):
            m()
        self.assertEqual(m(), 3)
        with self.assertRaises(StopIteration):
            m()
        self.assertEqual(Mock(side_effect=lambda x: x * 2)(21), 42)
        self.assertEqual(Mock(side_effect=lambda: DEFAULT, return_value=9)(), 9)
        for effect in (ValueError, ValueError('bad')):
            with self.assertRaises(ValueError):
                Mock(side_effect=effect)()
        print(type(Mock(side_effect=[1]).side_effect).__name__)

    def test_recorded_calls(self):
        m = Mock()
        m(1)
        m(2, key='v')
        m.method(3).chained(4)
        print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
        print(m.call_args_list)
        print(m.mock_calls)
        print(m.method_calls)
        self.assertEqual(m.call_args, call(2, key='v'))
        self.assertEqual(m.call_args, ((2,), {'key': 'v'}))
        self.assertEqual(m.call_args_list, [call(1), call(2, key=ANY)])
        self.assertIn([call(1), call(2, key='v')], m.call_args_list)
        self.assertEqual(m.mock_calls[2], call.method(3))
        self.assertNotEqual(m.mock_calls[2], call.other(3))
        print(call.method(3).chained(4).call_list(), tuple(call.x(1, y=2)), repr(call), repr(call.a.b))

    def test_reset_and_configure(self):
        m = Mock(return_value=5, **{'child.return_value': 7, 'other.side_effect': KeyError})
        m()
        m.child()
        m.reset_mock()
        print(m.call_count, m.mock_calls, m.child.called, m(), m.child())
        m.reset_mock(return_value=True)
        print(shown(m()))
        m.configure_mock(size=3, **{'deep.er.return_value': 'x'})
        print(m.size, m.deep.er())
        with self.assertRaises(KeyError):
            m.other()

    def test_spec_and_wraps(self):
        m = Mock(spec=Shape)
        print(shown(m), isinstance(m, Shape), shown(m.area))
        for action in (lambda: m.volume, lambda: Mock(spec=['a']).b,
                       lambda: setattr(Mock(spec_set=Shape), 'volume', 1), lambda: Mock().assert_callled,
                       lambda: Mock().__len__):
            try:
                action()
            except AttributeError as e:
                print('AttributeError:', e)
        m.volume = 3
        print(m.volume, shown(Mock(spec_set=Shape)), shown(NonCallableMock(name='nc')))
        with self.assertRaises(TypeError):
            NonCallableMock()()
        wrapped = Mock(wraps=lambda x: x + 1)
        print(wrapped(1), wrapped.call_args)
        target = Mock(wraps=Shape())
        print(target.area(2), target.area.call_args)
        deleted = Mock()
        del deleted.gone
        self.assertFalse(hasattr(deleted, 'gone'))
        attached = Mock()
        attached.child = Mock()
        attached.child(1)
        print(attached.mock_calls, shown(attached.child))

    def test_magic_methods(self):
        mg = MagicMock()
        print(len(mg), [item for item in mg], bool(mg), int(mg), float(mg), complex(mg), 1 in mg,
              mg == 1, mg != 1, mg.__index__(), mg.__exit__(None, None, None))
        itself = MagicMock()
        print(itself == itself, itself != itself, itself == MagicMock())
        itself.reset_mock()  # its calls hold it: a cycle, which the model (no cycle collector) never frees
        print(shown(mg[0]), shown(mg + 1), shown(abs(mg)), str(mg) == repr(mg), hash(mg) == hash(mg))
        with mg as entered:
            print(shown(entered))
        with self.assertRaises(TypeError):
            mg < 1
        mg.__len__.return_value = 4
        mg.__getitem__.side_effect = lambda key: key * 2
        mg.__iter__.return_value = [1, 2]
        print(len(mg), mg[5], [item for item in mg], [item for item in mg])
        plain = Mock()
        plain.__len__ = lambda self: 7
        plain.__str__ = Mock(return_value='text')
        print(len(plain), str(plain))
        print(mg.__len__.call_count, shown(mg.__getitem__), mg.mock_calls[-3:])

    def test_sentinels(self):
        self.assertIs(sentinel.token, sentinel.token)
        print(sentinel.token, sentinel.token.name, DEFAULT, ANY, ANY == object(), [1, ANY] == [1, 2])
        m = Mock(return_value=sentinel.result)
        self.assertIs(m(), sentinel.result)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(MockTests))
print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
print(result.wasSuccessful(), result.testsRun)
