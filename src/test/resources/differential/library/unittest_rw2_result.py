# TestResult on its own and through the runner: buffered stdout and stderr (lines without their
# newline) shown with a failure or error, a failing assert statement, failfast through errors,
# unexpected successes and subtests, and which outcomes make wasSuccessful() false.
import io
import sys
import unittest


def check(value):
    assert value < 3, 'value too big'


class Noisy(unittest.TestCase):
    def test_fails_noisily(self):
        print('to stdout, no newline', end='')
        print('to stderr\nsecond line', file=sys.stderr)
        self.assertEqual(1, 2)

    def test_errors_noisily(self):
        sys.stderr.write('only stderr')
        int('x')

    def test_quiet_pass(self):
        print('never shown')

    def test_passes_with_subtest_failure(self):
        with self.subTest(n=1):
            print('subtest output')
            self.fail('subtest failed')


class InHelper(unittest.TestCase):
    def test_assert_in_helper(self):
        numbers = [1, 2, 3]
        check(sum(numbers))


class Outcomes(unittest.TestCase):
    @unittest.expectedFailure
    def test_expected(self):
        raise ValueError('known bug')

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_error(self):
        raise KeyError('k')

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                if i:
                    raise OSError(i)

    def test_z_after(self):
        pass


def run(test_class, names=None, **kwargs):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromNames(names, sys.modules[__name__]) if names else loader.loadTestsFromTestCase(test_class)
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    sys.stdout.flush()
    print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
    print(result, result.wasSuccessful(), result.shouldStop, len(result.expectedFailures),
          len(result.unexpectedSuccesses), [str(t) for t, _ in result.errors])
    return result


run(Noisy, buffer=True, verbosity=2)
sys.stderr.flush()
run(InHelper)
run(Outcomes, verbosity=2)
run(Outcomes, failfast=True, verbosity=2)
run(Outcomes, ['Outcomes.test_subtests', 'Outcomes.test_z_after'], failfast=True)
run(Outcomes, ['Outcomes.test_unexpected', 'Outcomes.test_z_after'], failfast=True)

result = unittest.TestResult()
print(result, result.wasSuccessful(), result.buffer, result.tb_locals, result.failfast)
result.startTestRun()
test = Outcomes('test_z_after')
result.startTest(test)
result.addSkip(test, 'why not')
result.addSuccess(test)
result.addSubTest(test, test, None)
result.stopTest(test)
result.stopTestRun()
result.printErrors()
print(result, result.skipped, result.wasSuccessful())
result.addUnexpectedSuccess(test)
print(result.wasSuccessful())
del result.unexpectedSuccesses
print(result.wasSuccessful())
result.stop()
print(result.shouldStop)


class Counting(unittest.TestResult):
    @unittest.result.failfast
    def addNote(self, note):
        print('note', note, self.shouldStop)


counting = Counting()
counting.addNote('first')
counting.failfast = True
counting.addNote('second')
