# TestLoader, TestSuite, TestResult and TextTestRunner used directly (the runner writing to a
# StringIO, its timing line dropped), and IsolatedAsyncioTestCase.
import asyncio
import functools
import io
import unittest


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        self.assertEqual(len('abc'), 4)

    def test_c(self):
        raise unittest.SkipTest('later')

    def check_x(self):
        pass

    helper_attr = 5
    test_not_callable = 3


def run_quietly(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    lines = [line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')]
    print('\n'.join(lines))
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(Sample))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_b', '*test_c*']
print(loader.getTestCaseNames(Sample))
suite = unittest.TestLoader().loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [t.id() for t in suite])
print(unittest.TestLoader().loadTestsFromName('Sample.test_b', __import__('__main__')))
try:
    unittest.TestSuite().addTest(Sample)
except TypeError as e:
    print(e)
try:
    unittest.TestSuite('abc')
except TypeError as e:
    print(e)
for verbosity in (0, 1, 2):
    result = run_quietly(unittest.TestLoader().loadTestsFromTestCase(Sample), verbosity=verbosity)
    print(result, result.wasSuccessful(), len(result.skipped))
result = run_quietly(unittest.TestSuite([Sample('test_a'), Sample('test_b')]), failfast=True, verbosity=2)
print(result.testsRun, result.shouldStop)


def plain():
    """A function test."""
    assert 1 + 1 == 2


def plain_fails():
    assert 1 + 1 == 3, 'math broke'


result = run_quietly(unittest.TestSuite([unittest.FunctionTestCase(plain), unittest.FunctionTestCase(plain_fails)]), verbosity=2)
result = unittest.TestResult()
Sample('test_a').run(result)
Sample('test_b').run(result)
print(result, len(result.failures), result.failures[0][1].splitlines()[-1])
print(Sample('test_b').run())


class Buffered(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured output')
        self.fail('with output')

    def test_prints_and_passes(self):
        print('hidden output')


run_quietly(unittest.TestLoader().loadTestsFromTestCase(Buffered), buffer=True)


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.events = ['asyncSetUp']
        self.addAsyncCleanup(self.cleanup)

    async def cleanup(self):
        await asyncio.sleep(0)
        print('async cleanup ran')

    async def test_gather(self):
        results = await asyncio.gather(*(asyncio.sleep(0.01, result=i) for i in range(3)))
        self.assertEqual(results, [0, 1, 2])

    async def test_queue(self):
        q = asyncio.Queue()

        async def producer():
            for i in range(3):
                await q.put(i)

        await producer()
        self.assertEqual([q.get_nowait() for _ in range(3)], [0, 1, 2])

    def test_sync_method(self):
        self.assertEqual(self.events, ['asyncSetUp'])


print(run_quietly(unittest.TestLoader().loadTestsFromTestCase(AsyncTests), verbosity=2))
