# unittest.mock's AsyncMock (awaiting gives return_value or side_effect's result and counts awaits),
# create_autospec (attributes and signatures of the spec), mock_open (reading and writing through the
# handle), PropertyMock and seal, used from IsolatedAsyncioTestCase and TestCase tests.
import asyncio
import inspect
import io
import re
import unittest
from unittest.mock import (AsyncMock, MagicMock, Mock, PropertyMock, call, create_autospec, mock_open, patch,
                           seal)


def shown(obj):
    return re.sub(r"id='\d+'", "id=N", repr(obj))


class Repository:
    table = 'users'

    def get(self, key, default=None):
        return default

    async def load(self, key):
        return key

    @classmethod
    def connect(cls, url):
        return cls()

    @staticmethod
    def version():
        return 1


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def test_await_results(self):
        fetch = AsyncMock(return_value=5)
        print(await fetch('a'), fetch.await_count, fetch.call_count, fetch.await_args)
        fetch.assert_awaited_once_with('a')
        print(inspect.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(fetch),
              inspect.iscoroutinefunction(MagicMock()), fetch.__name__)
        steps = AsyncMock(side_effect=[1, ValueError('two')])
        print(await steps())
        with self.assertRaises(ValueError):
            await steps()
        with self.assertRaises(StopAsyncIteration):
            await steps()

        async def double(x):
            return x * 2

        print(await AsyncMock(side_effect=double)(4), await AsyncMock(side_effect=lambda x: x + 1)(4))
        plain = AsyncMock()
        result = await plain.method(1)
        print(shown(plain), shown(plain.method), shown(result), plain.mock_calls, plain.method.await_args_list)
        not_awaited = AsyncMock()
        coroutine = not_awaited(3)
        print(not_awaited.call_count, not_awaited.await_count)
        await coroutine
        print(not_awaited.await_count)

    async def test_magic_async(self):
        context = MagicMock()
        async with context as entered:
            print(shown(entered), shown(context.__aenter__))
        items = MagicMock()
        items.__aiter__.return_value = [1, 2, 3]
        print([item async for item in items])

    async def test_spec_async_children(self):
        repo = AsyncMock(spec=Repository)
        print(shown(repo.load), shown(repo.get), await repo.load(1) is not None)


class SyncTests(unittest.TestCase):
    def test_autospec(self):
        repo_class = create_autospec(Repository)
        repo = repo_class('ignored?') if False else repo_class()
        print(shown(repo_class), shown(repo), shown(repo.get))
        repo.get('k')
        repo.get.assert_called_once_with('k')
        repo.get.assert_called_once_with(key='k')
        for bad in (lambda: repo.get(), lambda: repo.get(1, 2, 3), lambda: repo.missing,
                    lambda: repo_class.connect(), lambda: repo_class(1)):
            try:
                bad()
            except (TypeError, AttributeError) as e:
                print(type(e).__name__, e)
        print(shown(repo_class.connect('u')), shown(repo_class.version()), shown(repo.table))
        func = create_autospec(lambda a, b=2: None)
        func(1)
        print(func.call_args, func.call_count, re.sub('0x[0-9a-f]+', 'ADDR', repr(func)))
        func.assert_called_with(a=1)

    def test_mock_open(self):
        opener = mock_open(read_data='one\ntwo\nthree')
        with patch('builtins.open', opener):
            with open('data.txt') as handle:
                print(repr(handle.read()))
            with open('data.txt') as handle:
                print(repr(handle.readline()), handle.readlines())
            with open('data.txt') as handle:
                print([line for line in handle])
            with open('out.txt', 'w') as handle:
                handle.write('a')
                handle.write('b')
        print(shown(opener), opener.call_args_list)
        print(opener.mock_calls[-4:])
        opener.assert_called_with('out.txt', 'w')
        opener().write.assert_has_calls([call('a'), call('b')])
        binary = mock_open(read_data=b'\x00\x01')
        print(binary()().read() if False else binary().read())

    def test_property_mock(self):
        with patch.object(Repository, 'table', new_callable=PropertyMock) as table:
            table.return_value = 'mocked'
            repo = Repository()
            print(repo.table, shown(table))
            repo.table = 'set'
            print(table.mock_calls)
        print(Repository.table)

    def test_seal(self):
        sealed = Mock()
        sealed.configured.return_value = 1
        sealed.child.grand = 2
        seal(sealed)
        print(sealed.configured(), sealed.child.grand)
        for bad in (lambda: sealed.other, lambda: sealed.child.other, lambda: sealed(),
                    lambda: sealed.configured.other):
            try:
                bad()
            except AttributeError as e:
                print('AttributeError', e)


stream = io.StringIO()
suite = unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(AsyncTests),
                            unittest.TestLoader().loadTestsFromTestCase(SyncTests)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
