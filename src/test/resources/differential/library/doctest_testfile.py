"""doctest.testfile (a file beside this program, module-relative and absolute), run_docstring_examples,
and DebugRunner's raise_on_error."""
import doctest
import os


def documented(x):
    """
    >>> documented(2)
    4
    >>> documented(3)
    10
    >>> helper
    'from globs'
    """
    return x * x


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    print(doctest.testfile('doctest_testfile.txt', extraglobs={'extra_name': 'given'}))
    print(doctest.testfile(os.path.join(here, 'doctest_testfile.txt'), module_relative=False, verbose=True,
                           globs={'extra_name': 'given'}, name='named'))
    try:
        doctest.testfile('/absolute.txt')
    except ValueError as e:
        print('ValueError:', e)
    try:
        doctest.testfile('x.txt', module_relative=False, package='p')
    except ValueError as e:
        print('ValueError:', e)
    print(doctest.run_docstring_examples(documented, {'helper': 'from globs', 'documented': documented}))
    doctest.run_docstring_examples(documented, {'documented': documented}, verbose=True, name='documented')
    try:
        doctest.testfile('doctest_testfile.txt', raise_on_error=True, extraglobs={'extra_name': 'given'})
    except doctest.DocTestFailure as failure:
        print('DocTestFailure:', failure.test.name, repr(failure.example.source), repr(failure.got))
    try:
        doctest.testfile('doctest_testfile.txt', raise_on_error=True)
    except doctest.UnexpectedException as unexpected:
        print('UnexpectedException:', unexpected.example.source, unexpected.exc_info[0].__name__,
              unexpected.exc_info[1])
    try:
        doctest.testmod('not a module')
    except TypeError as e:
        print('TypeError:', e)
