# differential: normalize floats
# unittest.main's less common paths: a test named by its .py file, module given as a dotted name,
# runner classes whose constructors take fewer settings, options the caller already set (so -h
# does not offer them), --locals, -b and -c reaching the runner, and -k with a wildcard.
import io
import os
import unittest


class Gamma(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class NoTbLocalsRunner(unittest.TextTestRunner):
    def __init__(self, verbosity, failfast, buffer, warnings):
        print('NoTbLocalsRunner', verbosity, failfast, buffer, warnings)
        super().__init__(stream=io.StringIO(), verbosity=verbosity)


class BareRunner(unittest.TextTestRunner):
    def __init__(self):
        print('BareRunner')
        super().__init__(stream=io.StringIO())


class SpyRunner(unittest.TextTestRunner):
    def __init__(self, **settings):
        print('SpyRunner', sorted(settings.items()))
        super().__init__(stream=io.StringIO(), **settings)


def run(*args, **kwargs):
    print('== main', args, flush=True)
    program = unittest.main(argv=['prog.py', *args], exit=False, **kwargs)
    result = program.result
    print(result.testsRun, result.wasSuccessful(), program.testNames, program.testRunner.__name__
          if isinstance(program.testRunner, type) else program.testRunner, flush=True)
    return program


if __name__ == '__main__':
    # a .py file below the working directory names its module (which imports only when the working
    # directory is this one); a name that is no file is kept
    run(os.path.abspath(__file__), module=None, testRunner=SpyRunner)
    run('no_such_file.py', 'Gamma.py', testRunner=SpyRunner)
    run('Gamma', '--locals', '-b', '-c', testRunner=SpyRunner, warnings='ignore')
    unittest.removeHandler()
    run('-k', '*.Gamma.*_one', '-k', 'Gamma.*', testRunner=NoTbLocalsRunner, testLoader=unittest.TestLoader())
    run(testRunner=BareRunner, defaultTest='Gamma.test_two', testLoader=unittest.TestLoader())
    program = run(module='os.path', testRunner=SpyRunner, failfast=True, buffer=False)
    print(program.module.__name__, program.failfast, program.buffer, program.catchbreak)
    help_text = program._main_parser.format_help()
    print([line.split()[0] for line in help_text.splitlines() if line.startswith('  -')])
