# differential: normalize floats
# differential: args -v
import sys
import unittest

events = []


def setUpModule():
    events.append('setUpModule')
    unittest.addModuleCleanup(events.append, 'module cleanup')


def tearDownModule():
    events.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')
        cls.addClassCleanup(events.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_one(self):
        """First test.

        The description shows its first line."""
        events.append('one')

    def test_two(self):
        events.append('two')
        self.skipTest('skipped inside')

    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)

    def test_nested_subtests(self):
        for a in (1, 2):
            with self.subTest('outer', a=a):
                for b in (3, 4):
                    with self.subTest(b=b):
                        if a * b == 8:
                            raise KeyError((a, b))
                        self.assertNotEqual(a * b, 6)
        with self.subTest():
            self.fail('plain subtest')


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no database')

    def test_never_runs(self):
        events.append('never')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest('resource missing')

    def test_a(self):
        pass


@unittest.skipIf(sys.version_info >= (3,), 'whole class skipped')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipUnless(False, 'needs a feature')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_if(self):
        pass

    def test_setup_error(self):
        pass

    def setUp(self):
        if self._testMethodName == 'test_setup_error':
            raise OSError('setUp broke')


class TearDownClassFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError('tearDownClass broke')

    def test_ok(self):
        pass


if __name__ == '__main__':
    program = unittest.main(exit=False)
    print(program.result, program.result.wasSuccessful(), program.verbosity)
    print('\n'.join(events))
    for test, reason in program.result.skipped:
        print('skipped:', test, repr(reason))
    print([str(test) for test, _ in program.result.errors])
