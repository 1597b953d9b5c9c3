"""unittest.main: the GIL Lab model's unittest.main module.

Mirrors CPython 3.11's Lib/unittest/main.py: written for the model from the unittest documentation
("Command-Line Interface", unittest.main) and from experiments with python3, not copied. TestProgram
reads its command line (sys.argv unless argv is given), loads the tests it names (the module's, by
default), runs them with a TextTestRunner and exits with status 0 if they all passed, 1 otherwise.
Test discovery (`python -m unittest discover`) is not provided.
"""

import argparse
import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

# what -h prints after the options; the continuation line's indent does not follow the name's length
_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# the options every command line has: (flags, add_argument's keywords)
_SWITCHES = (
    (('-v', '--verbose'), dict(dest='verbosity', action='store_const', const=2, help='Verbose output')),
    (('-q', '--quiet'), dict(dest='verbosity', action='store_const', const=0, help='Quiet output')),
    (('--locals',), dict(dest='tb_locals', action='store_true', help='Show local variables in tracebacks')),
)
# on/off options offered only when the caller left the setting to the command line (passed None):
# (attribute, flags, help)
_OPTIONAL_SWITCHES = (
    ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
)
_PATTERN_HELP = 'Only run tests which match the given substring'
_TESTS_HELP = 'a list of any number of test modules, classes and test methods.'


def _module_name_of(name):
    """A test name may be the path of a .py file below the working directory: it stands for the
    module's dotted name. Anything else is kept as it is."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name   # outside the working directory: no module name reaches it
        name = relative
    module_path = os.path.normpath(name)[:-len('.py')]
    return '.'.join(module_path.replace('\\', '/').split('/'))


def _name_pattern(text):
    """-k's argument: an fnmatch pattern, or a substring matched anywhere in the test's name."""
    return text if '*' in text else '*%s*' % text


def _import_dotted(name):
    """The module (or object inside a package) a dotted name reaches."""
    found = __import__(name)
    for part in name.split('.')[1:]:
        found = getattr(found, part)
    return found


class _ParserWithExamples(argparse.ArgumentParser):
    """The command line's parser: -h ends with usage examples. (Overriding print_help in a subclass,
    rather than storing a bound method of the TestProgram on the parser, keeps the two out of a
    reference cycle, which the model, having no cycle collector, would never free.)"""

    def print_help(self, file=None):
        print(self.format_help())
        print(_EXAMPLES % {'prog': self.prog})


class TestProgram:
    """A command-line program that runs a set of tests; this is primarily for making test modules
    conveniently executable."""

    module = None
    verbosity = 1
    progName = warnings = None
    failfast = catchbreak = buffer = testNamePatterns = None   # None: the command line decides

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _import_dotted(module) if isinstance(module, str) else module
        self.defaultTest, self.testLoader, self.testRunner = defaultTest, testLoader, testRunner
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        # Without -W options python3 ignores DeprecationWarning; a test run shows it.
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        command_line = sys.argv if argv is None else argv
        self.progName = os.path.basename(command_line[0])
        self.parseArgs(command_line)
        self.runTests()

    def parseArgs(self, argv):
        self._main_parser = self._getMainArgParser(self._getParentArgParser())
        self._main_parser.parse_args(argv[1:], self)   # the options become this object's attributes
        self.testNames = self._names_to_run()
        self.createTests()

    def _names_to_run(self):
        """The test names of the command line, else defaultTest's, else None: the whole module."""
        if self.tests:
            return [_module_name_of(name) for name in self.tests]
        if self.defaultTest is None:
            return None
        if isinstance(self.defaultTest, str):
            return (self.defaultTest,)
        return list(self.defaultTest)

    def createTests(self):
        test_loader = self.testLoader
        if self.testNamePatterns:
            test_loader.testNamePatterns = self.testNamePatterns   # -k narrows what the loader finds
        if self.testNames is None:
            self.test = test_loader.loadTestsFromModule(self.module)
        else:
            self.test = test_loader.loadTestsFromNames(self.testNames, self.module)

    def _getParentArgParser(self):
        """The options; those whose setting the caller passed are not offered."""
        options = argparse.ArgumentParser(add_help=False)
        for flags, settings in _SWITCHES:
            options.add_argument(*flags, **settings)
        for attribute, flags, help_text in _OPTIONAL_SWITCHES:
            if getattr(self, attribute) is None:
                options.add_argument(*flags, dest=attribute, action='store_true', help=help_text)
                setattr(self, attribute, False)
        if self.testNamePatterns is None:
            options.add_argument('-k', dest='testNamePatterns', action='append', type=_name_pattern,
                                 help=_PATTERN_HELP)
            self.testNamePatterns = []
        return options

    def _getMainArgParser(self, parent):
        main_parser = _ParserWithExamples(parents=[parent])
        main_parser.prog = self.progName
        main_parser.add_argument('tests', nargs='*', help=_TESTS_HELP)
        return main_parser

    def runTests(self):
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())   # SystemExit(True) when a test failed, as CPython's

    def _make_runner(self):
        """testRunner as given, or an instance of the runner class made with as many of the
        settings as its constructor accepts."""
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        runner_class = self.testRunner
        if not isinstance(runner_class, type):
            return runner_class
        settings = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                        warnings=self.warnings, tb_locals=self.tb_locals)
        try:
            return runner_class(**settings)
        except TypeError:
            pass   # an older runner class, without tb_locals
        del settings['tb_locals']
        try:
            return runner_class(**settings)
        except TypeError:
            return runner_class()


main = TestProgram
