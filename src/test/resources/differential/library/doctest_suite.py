# differential: normalize floats
"""doctest.DocTestSuite and DocFileSuite run by unittest: the test ids, names and descriptions, a failing
example's report inside unittest's FAIL section, setUp/tearDown, optionflags and
set_unittest_reportflags."""
import doctest
import sys
import unittest


def good():
    """
    >>> good()
    'good'
    """
    return 'good'


def bad():
    """
    >>> bad()
    'good'
    >>> print('one\\ntwo\\nthree')
    one
    2
    three
    """
    return 'bad'


def uses_setup():
    """
    >>> prepared
    'by setUp'
    """


def no_examples():
    """Nothing to run."""


def set_up(test):
    print('setUp', test.name, file=sys.stderr)
    test.globs['prepared'] = 'by setUp'


def tear_down(test):
    print('tearDown', test.name, file=sys.stderr)


def run(suite):
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())


if __name__ == "__main__":
    suite = doctest.DocTestSuite(setUp=set_up, tearDown=tear_down)
    print(suite.countTestCases(), [t.id() for t in suite], [repr(t) for t in suite])
    print([t.shortDescription() for t in suite])
    run(suite)
    old = doctest.set_unittest_reportflags(doctest.REPORT_UDIFF)
    print(old)
    run(doctest.DocTestSuite(sys.modules['__main__'], extraglobs={'prepared': 'by setUp'}))
    run(doctest.DocTestSuite(optionflags=doctest.REPORT_NDIFF, extraglobs={'prepared': 'by setUp'}))
    try:
        doctest.set_unittest_reportflags(doctest.ELLIPSIS)
    except ValueError as e:
        print('ValueError:', e)
    files = doctest.DocFileSuite('doctest_testfile.txt', globs={'extra_name': 'given'})
    print([t.id() for t in files], [repr(t).endswith('doctest_testfile.txt') for t in files])
    run(files)
