# TestLoader.loadTestsFromName on every kind of name (an imported module, a class, a method, a
# static method returning a test, a suite, callables, names that do not load), load_tests and its
# failure, loadTestsFromModule's legacy arguments, and the deprecated module-level helpers.
import sys
import types
import unittest
import warnings


class Sample(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass

    @staticmethod
    def make_test():
        return Sample('test_b')

    not_callable = 42


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


def suite_maker():
    return unittest.TestSuite([Sample('test_a'), Sample('test_b')])


def case_maker():
    return Sample('test_a')


def not_a_test_maker():
    return 'nothing'


prebuilt = unittest.TestSuite([Sample('test_a')])


def show(label, tests):
    print(label, [test.id() for test in _flatten(tests)])


def _flatten(tests):
    for test in tests:
        if isinstance(test, unittest.TestSuite):
            yield from _flatten(test)
        else:
            yield test


def load(name, module=None):
    loader = unittest.TestLoader()
    try:
        tests = loader.loadTestsFromName(name, module)
    except TypeError as e:
        print(name, 'TypeError', e)
        return
    show(name, tests)
    for message in loader.errors:
        print('  error:', message.splitlines()[0])
    result = unittest.TestResult()
    tests.run(result)
    for test, text in result.errors:
        print('  ran:', test.id(), text.splitlines()[-1] if 'import' not in text else '(import failed)')


if __name__ == '__main__':
    this = sys.modules[__name__]
    for name in ('Sample', 'Sample.test_a', 'Sample.make_test', 'OnlyRunTest', 'suite_maker',
                 'case_maker', 'prebuilt', 'not_a_test_maker', 'Sample.not_callable', 'Sample.test_zz',
                 'nothing_here'):
        load(name, this)
    for name in ('unittest_rw2_loader.Sample.test_b', 'unittest_rw2_loader', 'unittest.nosuch',
                 'nosuchmodule_rw2', 'nosuchmodule_rw2.deeper.name'):
        load(name)

    def load_tests(loader, tests, pattern):
        print('load_tests got', tests.countTestCases(), 'tests, pattern', pattern)
        tests.addTest(Sample('test_a'))
        return tests

    fake = types.SimpleNamespace(__name__='fake_module', Sample=Sample, helper=len, load_tests=load_tests)
    loader = unittest.TestLoader()
    show('module', loader.loadTestsFromModule(fake, pattern='p*'))

    def broken_load_tests(loader, tests, pattern):
        raise ValueError('load_tests broke')

    fake.load_tests = broken_load_tests
    tests = loader.loadTestsFromModule(fake)
    show('broken', tests)
    print([message.splitlines()[0] for message in loader.errors])
    result = unittest.TestResult()
    tests.run(result)
    print(result.errors[0][1].splitlines()[-1])

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        show('legacy positional', loader.loadTestsFromModule(fake, False))
        show('legacy keyword', loader.loadTestsFromModule(fake, use_load_tests=True))
        for args, kwargs in (((1, 2), {}), ((), {'zeta': 1, 'alpha': 2})):
            try:
                loader.loadTestsFromModule(fake, *args, **kwargs)
            except TypeError as e:
                print('TypeError', e)
        show('makeSuite', unittest.makeSuite(Sample))
        show('makeSuite prefix', unittest.makeSuite(Sample, prefix='make', sortUsing=None))
        print(unittest.getTestCaseNames(Sample, 'test', sortUsing=lambda a, b: (a < b) - (a > b)))
        print(unittest.getTestCaseNames(Sample, 'test', testNamePatterns=['*_b']))
        show('findTestCases', unittest.findTestCases(fake, suiteClass=unittest.BaseTestSuite))
    for warning in caught:
        print(warning.category.__name__, warning.message, warning.filename == __file__)
    try:
        loader.loadTestsFromTestCase(unittest.TestSuite)
    except TypeError as e:
        print('TypeError', e)
