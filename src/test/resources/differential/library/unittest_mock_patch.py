# unittest.mock.patch as decorator (on functions, test methods and TestCase classes, extra arguments
# bottom-up), context manager and start/stop; patch.object, patch.dict, patch.multiple, patch.stopall,
# new, new_callable, spec and autospec; what is restored afterwards, and the errors.
import io
import os
import re
import unittest
from unittest import mock
from unittest.mock import DEFAULT, MagicMock, NonCallableMagicMock, PropertyMock, patch

SETTINGS = {'mode': 'prod', 'level': 1}


def shown(obj):
    return re.sub(r"id='\d+'", "id=N", repr(obj))


class Client:
    retries = 3

    def fetch(self, url, timeout=10):
        return 'real ' + url

    @property
    def status(self):
        return 'up'


def fetch_all(urls):
    client = Client()
    return [client.fetch(url) for url in urls]


with patch('os.getcwd') as getcwd:
    getcwd.return_value = '/fake'
    print(shown(getcwd), os.getcwd(), os.getcwd is getcwd)
print(os.getcwd is getcwd)
with patch('os.getcwd', return_value='/kw'):
    print(os.getcwd())
with patch('os.getcwd', new=lambda: '/new') as replaced:
    print(os.getcwd(), replaced.__name__)
with patch.object(Client, 'retries', 5) as value:
    print(Client.retries, value)
print(Client.retries)
with patch.object(Client, 'fetch', return_value='stub') as fetch:
    print(fetch_all(['a', 'b']), fetch.call_args_list)
with patch.object(Client, 'status', new_callable=PropertyMock) as status:
    status.return_value = 'down'
    client = Client()
    print(client.status, shown(status))
    client.status = 'set'
    print(status.mock_calls)
print(Client().status)
with patch.object(Client, 'fetch', autospec=True) as fetch:
    fetch.return_value = 'auto'
    print(Client().fetch('u'), shown(fetch))
    try:
        Client().fetch()
    except TypeError as e:
        print('TypeError:', e)
with patch(__name__ + '.Client', spec=True) as klass:
    print(shown(klass), shown(Client()), isinstance(Client(), NonCallableMagicMock))
with patch('os.nothing_here', create=True, new=1):
    print(os.nothing_here)
print(hasattr(os, 'nothing_here'))

with patch.dict(SETTINGS, {'mode': 'test'}) as patched:
    print(SETTINGS, patched is SETTINGS)
print(SETTINGS)
with patch.dict(SETTINGS, clear=True, extra=1):
    print(SETTINGS)
print(SETTINGS)
with patch.dict(__name__ + '.SETTINGS', level=9):
    print(SETTINGS)

with patch.multiple(Client, retries=DEFAULT, fetch=DEFAULT) as created:
    print(sorted(created), shown(created['retries']), shown(Client.fetch))
with patch.multiple(os, sep='#', curdir=DEFAULT) as created:
    print(os.sep, sorted(created))

started = patch('os.getpid', return_value=-1)
print(shown(started.start()), os.getpid())
started.stop()
print(os.getpid() != -1)
patch('os.getpid', return_value=-2).start()
patch.object(Client, 'retries', 0).start()
patch.dict(SETTINGS, mode='stopall').start()
print(os.getpid(), Client.retries, SETTINGS['mode'])
patch.stopall()
print(os.getpid() != -2, Client.retries, SETTINGS['mode'])


@patch('os.getcwd', return_value='/one')
@patch('os.getpid', return_value=7)
def decorated(first, pid_mock, cwd_mock, keyword=None):
    print(first, shown(pid_mock), shown(cwd_mock), os.getpid(), os.getcwd(), keyword)


decorated('positional', keyword='kw')
print(decorated.__name__, len(decorated.patchings))


@patch.multiple(Client, retries=DEFAULT)
@patch.dict(SETTINGS, mode='deco')
def with_multiple(retries):
    print(shown(retries), SETTINGS['mode'])


with_multiple()

for bad in (lambda: patch('nodots'), lambda: patch('os.missing_attribute').start(),
            lambda: patch('no_such_module_here.x').start(), lambda: patch.object('os', 'sep'),
            lambda: patch('os.sep', new=1, new_callable=MagicMock),
            lambda: patch.multiple(os), lambda: patch('os.sep', new=1, extra=2).start()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(repr(os), '<os>'))
patch.stopall()


@patch('os.getcwd', return_value='/class')
class PatchedTests(unittest.TestCase):
    def test_one(self, cwd):
        print('test_one', os.getcwd(), shown(cwd))

    @patch('os.getpid', return_value=11)
    def test_two(self, pid, cwd):
        print('test_two', os.getpid(), os.getcwd(), cwd.called)

    @patch.object(Client, 'fetch')
    @patch.object(Client, 'retries', 1)
    def test_three(self, fetch, cwd):
        Client().fetch('x')
        fetch.assert_called_once_with('x')
        print('test_three', Client.retries, shown(fetch))

    def helper(self):
        return os.getcwd()


@patch.dict(SETTINGS, mode='class')
class DictTests(unittest.TestCase):
    def test_mode(self):
        print('test_mode', SETTINGS['mode'])


stream = io.StringIO()
suite = unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(PatchedTests),
                            unittest.TestLoader().loadTestsFromTestCase(DictTests)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.wasSuccessful(), result.testsRun, PatchedTests('helper').helper() != '/class', SETTINGS)
print(mock.patch.TEST_PREFIX)
