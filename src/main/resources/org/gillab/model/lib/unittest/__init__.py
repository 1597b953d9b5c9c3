"""Python unit testing framework: the GIL Lab model's unittest package.

Mirrors CPython 3.11's Lib/unittest/__init__.py: written for the model from the unittest documentation,
not copied. It gathers the public names of the package's modules: test cases (case), suites (suite),
loaders (loader), results (result), the text runner (runner), unittest.main (main) and Ctrl-C handling
(signals); unittest.mock is a module of its own. Test discovery (TestLoader.discover,
`python -m unittest discover`) is not provided.
"""

# the names python3's unittest exports, in its order
__all__ = [
    'TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
    'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
    'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler', 'registerResult',
    'removeResult', 'removeHandler', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
    'getTestCaseNames', 'makeSuite', 'findTestCases',
]

__unittest = True

from .case import (FunctionTestCase, SkipTest, TestCase, addModuleCleanup, doModuleCleanups,
                   enterModuleContext, expectedFailure, skip, skipIf, skipUnless)
from .loader import TestLoader, defaultTestLoader, findTestCases, getTestCaseNames, makeSuite
from .main import TestProgram, main
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, registerResult, removeHandler, removeResult
from .suite import BaseTestSuite, TestSuite

_TextTestResult = TextTestResult   # the old name, still answered by python3 3.11


# IsolatedAsyncioTestCase lives in async_case, which imports asyncio: that import waits until a
# program first asks for the name (PEP 562's module __getattr__), as it does in CPython.

def __getattr__(name):
    if name != 'IsolatedAsyncioTestCase':
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    from .async_case import IsolatedAsyncioTestCase as loaded
    globals()[name] = loaded   # later lookups find it without calling __getattr__
    return loaded


def __dir__():
    return sorted(set(globals()) | {'IsolatedAsyncioTestCase'})
