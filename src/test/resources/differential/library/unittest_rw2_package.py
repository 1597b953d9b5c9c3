# The unittest package's names: IsolatedAsyncioTestCase imported (with asyncio) only when first
# asked for, the old and alias names, a missing name, and what `from unittest import *` brings.
import sys
import unittest
print('asyncio' in sys.modules, 'unittest.async_case' in sys.modules)
print(unittest._TextTestResult is unittest.TextTestResult, unittest.TestProgram is unittest.main, unittest.BaseTestSuite)
cls = unittest.IsolatedAsyncioTestCase
print(cls, cls is unittest.IsolatedAsyncioTestCase, 'unittest.async_case' in sys.modules)
print('IsolatedAsyncioTestCase' in dir(unittest), 'main' in dir(unittest))
try:
    unittest.no_such_name
except AttributeError as e:
    print(e)
from unittest import *
print(sorted(n for n in globals() if not n.startswith('__')))
