"""doctest's classes used directly: DocTestParser.parse and its Examples, DocTest's repr and order,
DocTestFinder.find (what it finds, its names and line numbers), OutputChecker, a DocTestRunner subclass
with its own reports, and summarize/merge."""
import doctest
import sys

DOCSTRING = '''
Some text.
    >>> x = 1
    >>> x + 1
    2
    >>> if x:
    ...     print('yes')
    yes
    >>> raise ValueError('v')
    Traceback (most recent call last):
      ...
    ValueError: v
    >>> print('a')  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> # just a comment
    >>>

More text.
'''


class Outer:
    """
    >>> Outer.Inner.value
    1
    """

    class Inner:
        """
        >>> 1
        1
        """
        value = 1

    def method(self):
        """
        >>> 2
        2
        """


def show_parse():
    parser = doctest.DocTestParser()
    for part in parser.parse(DOCSTRING, 'doc'):
        if isinstance(part, doctest.Example):
            print('Example', repr(part.source), repr(part.want), repr(part.exc_msg), part.lineno, part.indent,
                  part.options)
        else:
            print('text', repr(part))
    examples = parser.get_examples(DOCSTRING)
    print(len(examples), examples[0] == doctest.Example('x = 1', '', lineno=2, indent=4), examples[0] == examples[1])
    print(doctest.Example('1', '1').__dict__)
    test = parser.get_doctest(DOCSTRING, {'g': 1}, 'name', 'file.py', 10)
    print(test, test.globs, test.lineno, test.filename)
    print(parser.get_doctest('', {}, 'empty', None, None), parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 0))


def show_finder():
    module = sys.modules['__main__']
    for exclude_empty in (True, False):
        for test in doctest.DocTestFinder(exclude_empty=exclude_empty).find(module):
            print(test.name, test.lineno, len(test.examples), test.filename == __file__)
    for test in doctest.DocTestFinder(recurse=False).find(Outer):
        print(test)
    for test in doctest.DocTestFinder().find(Outer, 'Renamed', module=False, globs={}):
        print(test.name, test.filename, test.lineno)
    try:
        doctest.DocTestFinder().find(42)
    except ValueError as e:
        print('ValueError:', e)


def show_checker():
    checker = doctest.OutputChecker()
    cases = [('1\n', '1\n', 0), ('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
             ('a ...\n', 'a b c\n', doctest.ELLIPSIS), ('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE),
             ('...\n', '\n', doctest.ELLIPSIS), ('a...a\n', 'a\n', doctest.ELLIPSIS),
             ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '   \n', 0)]
    for want, got, flags in cases:
        print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
    example = doctest.Example('f()', 'a\n\nb\n')
    print(checker.output_difference(example, 'a\n  \nc\n', 0), end='')
    print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
    print(checker.output_difference(doctest.Example('f()', ''), 'x\n', 0), end='')


class QuietRunner(doctest.DocTestRunner):
    def report_failure(self, out, test, example, got):
        out('FAILED %s line %s: %r\n' % (test.name, example.lineno, got))

    def report_success(self, out, test, example, got):
        out('passed %r\n' % example.source)


def show_runner():
    parser = doctest.DocTestParser()
    runner = QuietRunner(verbose=False)
    test = parser.get_doctest('>>> 1 + 1\n2\n>>> 2 + 2\n5\n', {}, 'sums', None, 0)
    print(runner.run(test))
    print(runner.run(parser.get_doctest('>>> y = 3\n>>> y\n3\n', {}, 'sums', None, 0), clear_globs=False))
    print(runner.failures, runner.tries)
    collected = []
    other = doctest.DocTestRunner(verbose=True)
    other.run(parser.get_doctest('>>> 4\n4\n', {}, 'other', 'where.txt', 3), out=collected.append)
    other.run(parser.get_doctest('>>> 4\n5\n', {}, 'bad', 'where.txt', 3), out=collected.append)
    print(collected)
    runner.merge(other)
    print(runner.summarize(verbose=True))
    print(runner.summarize(verbose=False))


if __name__ == "__main__":
    show_parse()
    show_finder()
    show_checker()
    show_runner()
    print(doctest.TestResults(1, 2), doctest.TestResults(failed=0, attempted=0)._asdict())
