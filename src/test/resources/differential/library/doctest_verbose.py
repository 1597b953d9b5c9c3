"""doctest.testmod(verbose=True): Trying/Expecting/ok for each example, the failures among them, and the
verbose summary (items with no tests, items that passed, totals, Test passed or Test Failed).

>>> 2 + 2
4
"""
import doctest


def passing():
    """
    >>> passing()
    'ok'
    >>> print('two\\nlines')
    two
    lines
    >>> x = 1
    """
    return 'ok'


def failing():
    """
    >>> failing()
    'no'
    >>> failing() == 'yes'
    True
    """
    return 'yes'


def untested():
    pass


class Thing:
    def method(self):
        """
        >>> Thing().method()
        """


def run(**kwargs):
    results = doctest.testmod(**kwargs)
    print(results, results.failed, results.attempted, type(results).__name__)


if __name__ == "__main__":
    run(verbose=True)
    run(verbose=True, exclude_empty=True, extraglobs={'extra': 1})
    # a passing run in verbose mode ends with 'Test passed.'
    failing.__doc__ = None
    run(verbose=True)
    run(verbose=False)
