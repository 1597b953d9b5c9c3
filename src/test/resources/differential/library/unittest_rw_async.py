# IsolatedAsyncioTestCase: the order of its sync and async fixtures and cleanups, the context its
# sync parts share, enterAsyncContext, debug(), a failing asyncSetUp (its traceback shows the
# class's frames), a test returning a value, and an instance run twice.
import asyncio
import contextvars
import io
import unittest
import warnings

events = []
var = contextvars.ContextVar('var', default='unset')


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        events.append('enter ' + self.name)
        return self.name.upper()

    async def __aexit__(self, *exc):
        events.append(f'exit {self.name} {exc}')


class Ordered(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set('from setUp')
        events.append('setUp, loop running: %s' % asyncio.get_event_loop().is_running())
        self.addCleanup(lambda: events.append('sync cleanup sees ' + var.get()))

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.addAsyncCleanup(self.async_cleanup, 'arg')

    async def async_cleanup(self, arg):
        await asyncio.sleep(0)
        events.append(f'async cleanup {arg}')

    async def test_context(self):
        events.append('test')
        entered = await self.enterAsyncContext(Resource('db'))
        events.append('entered ' + entered)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown sees ' + var.get())


def run(case):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(case)
    print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
    return result


run(Ordered('test_context'))
print('\n'.join(events))
print('outside, var is', var.get())


class Failing(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.cleanup)
        raise OSError('no connection')

    async def cleanup(self):
        print('cleanup after a failed asyncSetUp')

    async def test_never(self):
        print('not reached')


run(Failing('test_never'))


class FailsLater(unittest.IsolatedAsyncioTestCase):
    async def test_assertion(self):
        await asyncio.sleep(0)
        self.assertEqual([1, 2], [1, 3])

    def test_sync_error(self):
        {}['missing']

    async def test_not_a_context_manager(self):
        await self.enterAsyncContext(object())

    async def test_bad_cleanup(self):
        self.addAsyncCleanup(self.broken_cleanup)
        self.addCleanup(self.sync_broken_cleanup)

    async def broken_cleanup(self):
        raise RuntimeError('async cleanup broke')

    def sync_broken_cleanup(self):
        raise LookupError('sync cleanup broke')


class TearDownFails(unittest.IsolatedAsyncioTestCase):
    async def asyncTearDown(self):
        raise ValueError('asyncTearDown broke')

    def tearDown(self):
        print('tearDown is not reached')

    async def test_ok(self):
        pass


run(unittest.TestLoader().loadTestsFromTestCase(FailsLater))
run(TearDownFails('test_ok'))


class Returns(unittest.IsolatedAsyncioTestCase):
    async def test_returns(self):
        return 42

    def test_sync_returns(self):
        return 'sync'

    @unittest.expectedFailure
    async def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.skip('skipped async')
    async def test_skipped(self):
        pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    result = Returns('test_returns').run()
    Returns('test_sync_returns').run()
print(result, [(str(w.message).split(' (')[0], w.category.__name__, w.filename == __file__) for w in caught])
result = unittest.TestResult()
Returns('test_expected').run(result)
Returns('test_skipped').run(result)
print(len(result.expectedFailures), result.skipped[0][1])

case = Ordered('test_context')
case.run()
try:
    case.run()
except AssertionError as e:
    print('second run:', e)

events.clear()
Ordered('test_context').debug()
print('debug:', events[0], events[-1])
try:
    TearDownFails('test_ok').debug()
except ValueError as e:
    print('debug raises:', e)
