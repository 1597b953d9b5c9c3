# unittest.mock's assertion methods with CPython 3.11's messages, passing and failing, on plain,
# named, child and autospecced mocks; a failing assertion inside a test is reported by the runner.
import asyncio
import io
import unittest
from unittest.mock import ANY, AsyncMock, Mock, call, create_autospec


def failure(action):
    try:
        action()
    except AssertionError as e:
        print(repr(str(e)))
    else:
        print('passed')


def greet(name, greeting='hello', *, loud=False):
    return greeting + ' ' + name


m = Mock()
for check in (m.assert_called, m.assert_called_once, lambda: m.assert_called_with(1),
              lambda: m.assert_called_once_with(1), lambda: m.assert_any_call(1),
              lambda: m.assert_has_calls([call(1)]), lambda: m.assert_has_calls([call(1)], any_order=True),
              m.assert_not_called):
    failure(check)
m(1)
m(2, a=3)
m.child.grand(4)
for check in (m.assert_called, m.assert_called_once, lambda: m.assert_called_with(1),
              lambda: m.assert_called_with(2, a=3), lambda: m.assert_called_with(2, a=ANY),
              lambda: m.assert_called_once_with(2, a=3), m.assert_not_called, lambda: m.assert_any_call(1),
              lambda: m.assert_any_call(3), lambda: m.assert_has_calls([call(1), call(2, a=3)]),
              lambda: m.assert_has_calls([call(2, a=3), call(1)]),
              lambda: m.assert_has_calls([call(2, a=3), call(1)], any_order=True),
              lambda: m.assert_has_calls([call(5), call(1)], any_order=True),
              lambda: m.assert_has_calls([call.child.grand(4)]),
              lambda: m.child.grand.assert_called_once_with(5), m.child.grand.assert_not_called,
              m.child.other.assert_called):
    failure(check)

named = Mock(name='service')
named.fetch('a')
failure(lambda: named.fetch.assert_called_with('b'))
failure(named.assert_called)

spec = create_autospec(greet)
spec('bob', loud=True)
failure(lambda: spec.assert_called_with(name='bob', loud=True))
failure(lambda: spec.assert_called_with('bob', 'hello', loud=True))
failure(lambda: spec.assert_called_with('ann', loud=True))
try:
    spec(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
print(spec.call_count)

a = AsyncMock()
for check in (a.assert_awaited, a.assert_awaited_once, lambda: a.assert_awaited_with(1),
              lambda: a.assert_awaited_once_with(1), lambda: a.assert_any_await(1),
              lambda: a.assert_has_awaits([call(1)]), lambda: a.assert_has_awaits([call(1)], any_order=True),
              a.assert_not_awaited):
    failure(check)
asyncio.run(a(1))
asyncio.run(a(2))
for check in (a.assert_awaited, a.assert_awaited_once, lambda: a.assert_awaited_with(1),
              lambda: a.assert_awaited_with(2), lambda: a.assert_awaited_once_with(2),
              lambda: a.assert_any_await(1), lambda: a.assert_any_await(3),
              lambda: a.assert_has_awaits([call(1), call(2)]), lambda: a.assert_has_awaits([call(3)]),
              lambda: a.assert_has_awaits([call(2), call(1)], any_order=True),
              lambda: a.assert_has_awaits([call(3)], any_order=True), a.assert_not_awaited):
    failure(check)


class Reported(unittest.TestCase):
    def test_wrong_argument(self):
        sender = Mock(name='send')
        sender('x')
        sender.assert_called_once_with('y')

    def test_right_argument(self):
        sender = Mock(name='send')
        sender('x')
        sender.assert_called_once_with('x')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Reported))
print(result.testsRun, len(result.failures), result.failures[0][0])
print(result.failures[0][1].splitlines()[-3:])
