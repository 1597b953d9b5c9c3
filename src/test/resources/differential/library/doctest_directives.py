"""Option flags, as optionflags= and as '# doctest:' directives: ELLIPSIS, NORMALIZE_WHITESPACE,
IGNORE_EXCEPTION_DETAIL, DONT_ACCEPT_BLANKLINE, DONT_ACCEPT_TRUE_FOR_1, SKIP, the REPORT_*DIFF reports,
REPORT_ONLY_FIRST_FAILURE and FAIL_FAST, and the parser's errors for a bad directive or prompt."""
import doctest


def ellipsis():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 18]
    >>> print('abc')  # doctest: +ELLIPSIS
    a...b...c
    >>> print('aa')  # doctest: +ELLIPSIS
    aa...aa
    >>> object()  # doctest: +ELLIPSIS
    <object object at 0x...>
    >>> list(range(20))
    [0, 1, ..., 19]
    """


def whitespace():
    """
    >>> print(list(range(10)))  # doctest: +NORMALIZE_WHITESPACE
    [0,  1,  2,  3,  4,
     5,  6,  7,  8,  9]
    >>> print('a b')  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a   ...
    >>> print('a b')
    a  b
    """


def exceptions():
    """
    >>> raise ValueError('some detail')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: k
    >>> raise TypeError('long message')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: long...
    """


def blanklines():
    """
    >>> print('a\\n\\nb')  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> 1 / 0  # doctest: +SKIP
    never run
    >>> print('a\\n\\nb')  # doctest: -DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    """


def diffs():
    """
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_UDIFF
    one
    2
    three
    four
    >>> print('one\\ntwo\\nthree\\nfour')  # doctest: +REPORT_CDIFF
    one
    two
    3
    four
    >>> print('one\\ntwo\\nthree')  # doctest: +REPORT_NDIFF
    one
    tow
    three
    >>> print('short')  # doctest: +REPORT_UDIFF
    long
    >>> print('a\\nb\\nc')  # doctest: +REPORT_NDIFF
    a
    <BLANKLINE>
    c
    """


def several_failures():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    >>> 6
    7
    """


def bad_directive():
    """
    >>> 1  # doctest: +NO_SUCH_OPTION
    1
    """


def bad_prompt():
    """
    >>>1
    1
    """


def bad_indent():
    """
        >>> 1
      1
    """


def directive_alone():
    """
    >>> # doctest: +ELLIPSIS
    """


def run(f, **kwargs):
    doctest.run_docstring_examples(f, {}, name=f.__name__, **kwargs)


if __name__ == "__main__":
    for f in [ellipsis, whitespace, exceptions, blanklines, diffs]:
        run(f)
    run(several_failures, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    run(several_failures, optionflags=doctest.FAIL_FAST)
    run(several_failures, optionflags=doctest.ELLIPSIS | doctest.FAIL_FAST, verbose=True)
    run(diffs, optionflags=doctest.REPORT_NDIFF)
    for f in [bad_directive, bad_prompt, bad_indent, directive_alone]:
        try:
            run(f)
        except ValueError as e:
            print('ValueError:', e)
    print(doctest.OPTIONFLAGS_BY_NAME)
    print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.register_optionflag('MINE'),
          doctest.register_optionflag('ELLIPSIS'))
