# differential: normalize floats
# unittest.main's command line: -q, -k patterns, -f, test names, a bad option, -h; exit=False keeps
# the program going, and without it main raises SystemExit with the status.
import io
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_fast(self):
        pass

    def test_slow_fail(self):
        self.assertEqual('a', 'b')

    def test_error(self):
        raise OSError('disk')


class Beta(unittest.TestCase):
    def test_fast(self):
        pass

    def test_other(self):
        pass


def run(*args, **kwargs):
    print('== main', args, flush=True)
    try:
        program = unittest.main(argv=['prog.py', *args], **kwargs)
    except SystemExit as e:
        print('SystemExit', repr(e.code), flush=True)
    else:
        result = program.result
        print(result, result.testsRun, program.verbosity, program.failfast, program.testNamePatterns, flush=True)


print('warnoptions', sys.warnoptions)   # main shows DeprecationWarnings when it is empty
run('-q', exit=False)
run('-k', 'fast', exit=False)
run('-k', '*Beta*', '-v', exit=False)
run('-f', '-v', 'Alpha', exit=False)
run('Beta.test_other', 'Alpha.test_fast', exit=False)
run('Beta')
run('Alpha.test_error')
run('NoSuchTest', exit=False)
run('--bogus')
sys.stdout.flush()
old = sys.stdout
sys.stdout = io.StringIO()
try:
    run('-h')
finally:
    text, sys.stdout = sys.stdout.getvalue(), old
print(text.splitlines()[-7:])
run(exit=False, verbosity=0, defaultTest='Beta')
run(exit=False, defaultTest=['Alpha.test_fast', 'Beta.test_fast'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
unittest.main(argv=['x', 'Beta'])
