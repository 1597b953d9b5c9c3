"""Test interactive Python examples: the GIL Lab model's doctest.

Mirrors CPython 3.11's Lib/doctest.py: written for the model from the doctest documentation and from
experiments with python3, not copied. Examples ('>>> ' and '... ' prompts, the expected output up to a
blank line or the next prompt, <BLANKLINE>, expected exceptions, '# doctest:' directives) are found in
the docstrings of a module, its functions, classes, methods and __test__, or in a text file, run in
compile()'s "single" mode against a copy of the module's globals, and reported as python3 reports them,
byte for byte: testmod, testfile, run_docstring_examples, DocTestSuite and DocFileSuite, and the
classes Example, DocTest, DocTestParser, DocTestFinder, DocTestRunner, OutputChecker and DebugRunner.
Left out: the debugger hooks (debug, debug_src, debug_script, DocTestCase.debug, the pdb.set_trace
patch) and script_from_examples/testsource, which raise NotImplementedError, and the command line
(python -m doctest).
"""

import __future__
import builtins
import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
           'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
           'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
           'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples', 'testsource',
           'debug_src', 'debug']

TestResults = namedtuple('TestResults', 'failed attempted')

# ---- option flags: each a bit, numbered in the order they are registered, as CPython numbers them ----

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag named name, a new bit the first time the name is seen."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
BLANKLINE_MARKER = '<BLANKLINE>'
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
ELLIPSIS_MARKER = '...'
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP
                    | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _indent(text, width=4):
    """text with every non-empty line indented by width spaces, as reports show sources and outputs."""
    return ''.join(' ' * width + line if line.strip('\n') else line for line in text.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback print_exception writes for exc_info, as a string."""
    text = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=text)
    return text.getvalue()


def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into globs, for the examples' compile()."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name) is feature:
            flags |= feature.compiler_flag
    return flags


class _SpoofOut(io.StringIO):
    """What an example printed: its last line always ends in a newline, and it is emptied per example."""

    def getvalue(self):
        text = super().getvalue()
        return text + '\n' if text and not text.endswith('\n') else text

    def truncate(self, size=None):
        self.seek(size)
        super().truncate()


# ---- Example and DocTest ----

class Example:
    """One '>>>' example: its source, the output it should print (or exception it should raise), its line
    in the docstring (from 0), its indentation and the options its directives set."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_final_newline(source)
        self.want = _with_final_newline(want) if want else want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = _with_final_newline(exc_msg) if exc_msg is not None else None

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


def _with_final_newline(text):
    return text if text.endswith('\n') else text + '\n'


class DocTest:
    """The examples of one docstring, with the globals they run in (a copy) and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.docstring = docstring
        self.examples = examples
        self.globs = globs.copy()

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            examples = 'no examples'
        elif count == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)
                == (other.examples, other.docstring, other.globs, other.name, other.filename, other.lineno))

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _sort_key(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        """Tests run sorted by name (then file and line), as DocTestFinder.find returns them."""
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._sort_key() < other._sort_key()


# ---- DocTestParser ----

_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


def _is_prompt(line, prompt):
    return line.lstrip(' ').startswith(prompt)


def _is_blank(line):
    return line.strip(' ') == ''


def _blank_or_comment(source):
    """Whether an example's source is one line holding nothing or only a comment (it is no example)."""
    line = source[:-1] if source.endswith('\n') else source
    return '\n' not in line and (line.strip(' ') == '' or line.lstrip(' ').startswith('#'))


class DocTestParser:
    """Splits a docstring into its text and its examples."""

    def parse(self, string, name='<string>'):
        """The string as a list alternating text and Examples (each text the lines between examples)."""
        string = string.expandtabs()
        margin = _min_indent(string)
        if margin:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        lines = _lines_with_ends(string)
        parts = []
        text_start = 0
        i = 0
        while i < len(lines):
            if not _is_prompt(lines[i], '>>>'):
                i += 1
                continue
            start = i
            i += 1
            while i < len(lines) and _is_prompt(lines[i], '...'):
                i += 1
            source_end = i
            while i < len(lines) and not _is_blank(lines[i].rstrip('\n')) and not _is_prompt(lines[i], '>>>'):
                i += 1
            parts.append(''.join(lines[text_start:start]))
            source, options, want, exc_msg = self._parse_example(lines[start:source_end], lines[source_end:i],
                                                                  name, start)
            if not _blank_or_comment(source):
                indent = len(lines[start]) - len(lines[start].lstrip(' '))
                parts.append(Example(source, want, exc_msg, lineno=start, indent=margin + indent, options=options))
            text_start = i
        parts.append(''.join(lines[text_start:]))
        return parts

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the string's examples."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The string's Examples."""
        return [part for part in self.parse(string, name) if isinstance(part, Example)]

    def _parse_example(self, source_lines, want_lines, name, lineno):
        source_lines = [line.rstrip('\n') for line in source_lines]
        indent = len(source_lines[0]) - len(source_lines[0].lstrip(' '))
        for i, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))
        _check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want_lines = ''.join(want_lines).split('\n')
        if len(want_lines) > 1 and _is_blank(want_lines[-1]):
            del want_lines[-1]  # what follows the want's last newline
        _check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        return source, self._find_options(source, name, lineno), want, _exception_message(want)

    def _find_options(self, source, name, lineno):
        """The flags the source's '# doctest: +NAME, -NAME' directives set (True) or clear (False)."""
        options = {}
        for directive in _DIRECTIVE.finditer(source):
            for option in directive.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options


def _lines_with_ends(text):
    """text's lines, each with its newline (the last one without, when text does not end in one); only
    '\n' ends a line, as in the regular expressions of CPython's parser."""
    lines = [line + '\n' for line in text.split('\n')]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _min_indent(text):
    """The least indentation of text's non-blank lines (0 when there are none)."""
    indents = [len(line) - len(line.lstrip(' ')) for line in text.split('\n') if line.strip()]
    return min(indents, default=0)


def _check_prefix(lines, prefix, name, lineno):
    for i, line in enumerate(lines):
        if line and not line.startswith(prefix):
            raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                             % (lineno + i + 1, name, line))


def _exception_message(want):
    """The exception an example expects: from the first line after the Traceback header that starts with
    a word character, to the end; None when want does not start with a Traceback header."""
    lines = want.split('\n')
    if lines[0].rstrip() not in _TRACEBACK_HEADERS:
        return None
    for i, line in enumerate(lines[1:], 1):
        if line[:1].isalnum() or line[:1] == '_':
            return '\n'.join(lines[i:])
    return None


# ---- DocTestFinder ----

_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


class DocTestFinder:
    """The DocTests of an object's docstring and, recursively, of the functions, classes, methods and
    __test__ entries it holds that were defined in its module."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj (sorted by name); module False means no module, None inspect.getmodule's."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__
        globs = _test_globals(globs, extraglobs)
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    @staticmethod
    def _source_lines(obj, module):
        """The lines of obj's source file, to find its docstrings' lines; None when there is no file."""
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not file:
            file = inspect.getfile(obj)
            if not (file[:1] == '<' and file[-2:] == ']>'):
                return None
        lines = linecache.getlines(file, module.__dict__) if module is not None else linecache.getlines(file)
        return lines or None

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        for inner_name, inner in self._members(obj, name, module):
            self._find(tests, inner, inner_name, module, source_lines, globs, seen)

    def _members(self, obj, name, module):
        """(name, object) of what obj holds whose docstrings are searched too."""
        members = []
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if (inspect.isroutine(inspect.unwrap(value)) or inspect.isclass(value)) \
                        and self._from_module(module, value):
                    members.append(('%s.%s' % (name, key), value))
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or inspect.ismodule(value)
                        or isinstance(value, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, functions, methods, '
                                     'classes, or modules: %r' % (type(value),))
                members.append(('%s.__test__.%s' % (name, key), value))
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (inspect.isroutine(value) or inspect.isclass(value) or isinstance(value, property)) \
                        and self._from_module(module, value):
                    members.append(('%s.%s' % (name, key), value))
        return members

    @staticmethod
    def _from_module(module, obj):
        """Whether obj was defined in module (anything is, when there is no module)."""
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj):
            owner = getattr(obj, '__objclass__', obj)
            return module.__name__ == getattr(owner, '__module__', None)
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError('object must be a class or function')

    def _get_test(self, obj, name, module, globs, source_lines):
        """obj's DocTest, or None when its docstring is empty and empty ones are excluded."""
        docstring = _docstring(obj)
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        return self._parser.get_doctest(docstring, globs, name, _module_filename(module), lineno)

    @staticmethod
    def _find_lineno(obj, source_lines):
        """The line (from 0) where obj's docstring starts in its file, or None when unknown: the line of
        the def, class or module, then the first line from there that opens a string."""
        lineno = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            lineno = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            lineno = next((i for i, line in enumerate(source_lines) if header.match(line)), None)
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        return next((i for i in range(lineno, len(source_lines)) if _DOCSTRING_START.match(source_lines[i])), None)


def _test_globals(globs, extraglobs):
    """The globals tests run in: a copy of globs, with extraglobs, and __name__ '__main__' unless given."""
    globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault('__name__', '__main__')
    return globs


def _docstring(obj):
    """obj's docstring as a string ('' when it has none); a string in __test__ is its own docstring."""
    if isinstance(obj, str):
        return obj
    try:
        doc = obj.__doc__
    except (TypeError, AttributeError):
        return ''
    return '' if doc is None else doc if isinstance(doc, str) else str(doc)


def _module_filename(module):
    """The file its tests report for a module (its source, not a .pyc), its name if it has none, or None."""
    if module is None:
        return None
    filename = getattr(module, '__file__', None) or module.__name__
    return filename[:-1] if filename.endswith('.pyc') else filename


# ---- OutputChecker ----

class OutputChecker:
    """Whether an example's output matches what it expects under the option flags, and the report of how
    it differs."""

    def check_output(self, want, got, optionflags):
        """Whether got matches want: equal, or equal once the flags' normalisations are applied."""
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want = ' '.join(want.split())
            got = ' '.join(got.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def output_difference(self, example, got, optionflags):
        """The report's text saying what was expected and what was got (or their diff)."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        diff = self._diff(want, got, optionflags)
        if diff is not None:
            return diff
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'

    @staticmethod
    def _diff(want, got, optionflags):
        """The diff a REPORT_*DIFF flag asks for, or None: a unified or context diff only when both outputs
        have more than two lines (the single-line case reads better as Expected/Got)."""
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return None
        if not optionflags & REPORT_NDIFF and (want.count('\n') <= 2 or got.count('\n') <= 2):
            return None
        want_lines = want.splitlines(True)
        got_lines = got.splitlines(True)
        if optionflags & REPORT_UDIFF:
            lines = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
            kind = 'unified diff with -expected +actual'
        elif optionflags & REPORT_CDIFF:
            lines = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
            kind = 'context diff with expected followed by actual'
        else:
            lines = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(want_lines, got_lines))
            kind = 'ndiff with -expected +actual'
        return 'Differences (%s):\n' % kind + _indent(''.join(lines))


def _ellipsis_match(want, got):
    """Whether got is want with each '...' standing for any text (the ELLIPSIS option)."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or len(first) + len(last) > len(got) or not got.endswith(last):
        return False
    position = len(first)
    end = len(got) - len(last)
    for piece in pieces[1:-1]:
        found = got.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _strip_exception_details(message):
    """The exception's class name alone, without its module and its detail (IGNORE_EXCEPTION_DETAIL)."""
    head = message.split('\n', 1)[0].split(':', 1)[0]
    return head.rsplit('.', 1)[-1]


# ---- DocTestRunner ----

_EXAMPLE_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs DocTests, reports each failure as it happens, and keeps each test's failures and tries for
    summarize()."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = '-v' in sys.argv if verbose is None else verbose
        self.failures = 0
        self.tries = 0
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self._fakeout = _SpoofOut()
        self._name2ft = {}
        self.test = None

    # -- reports, which subclasses may replace --

    def report_start(self, out, test, example):
        """In verbose mode, the example about to run and what it expects."""
        if self._verbose:
            expecting = 'Expecting:\n' + _indent(example.want) if example.want else 'Expecting nothing\n'
            out('Trying:\n' + _indent(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            lineno = '?' if test.lineno is None or example.lineno is None else test.lineno + example.lineno + 1
            where = 'File "%s", line %s, in %s' % (test.filename, lineno, test.name)
        else:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:', _indent(example.source)])

    # -- running --

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples with sys.stdout captured, reporting to out (sys.stdout's write by default)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            out = _writer(saved_stdout)
        saved_displayhook, saved_getline = sys.displayhook, linecache.getline
        self.save_linecache_getlines = linecache.getlines
        sys.stdout = self._fakeout
        # the examples' sources for tracebacks; the model's linecache.getline does not go through
        # getlines as CPython's does, so it is replaced too
        linecache.getlines = self.__patched_linecache_getlines
        linecache.getline = self.__patched_linecache_getline
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout, sys.displayhook = saved_stdout, saved_displayhook
            linecache.getlines, linecache.getline = self.save_linecache_getlines, saved_getline
            if clear_globs:
                test.globs.clear()
                builtins._ = None  # the last example's value, which sys.__displayhook__ kept

    def __patched_linecache_getlines(self, filename, module_globals=None):
        match = _EXAMPLE_FILENAME.match(filename)
        if match and self.test is not None and match.group('name') == self.test.name:
            return self.test.examples[int(match.group('examplenum'))].source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def __patched_linecache_getline(self, filename, lineno, module_globals=None):
        lines = self.__patched_linecache_getlines(filename, module_globals)
        return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''

    def __run(self, test, compileflags, out):
        """Runs each example of test, records the outcome, and returns TestResults(failures, tries)."""
        failures = tries = 0
        original_optionflags = self.optionflags
        for examplenum, example in enumerate(test.examples):
            # REPORT_ONLY_FIRST_FAILURE as the previous example's directives left the flags, as CPython reads it
            quiet = failures > 0 and self.optionflags & REPORT_ONLY_FIRST_FAILURE
            self.optionflags = _with_options(original_optionflags, example.options)
            if self.optionflags & SKIP:
                continue
            if not quiet:
                self.report_start(out, test, example)
            tries += 1
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            exc_info = None
            try:
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            passed = self._passed(example, got, exc_info)
            if not passed:
                failures += 1
            if not quiet:
                self._report(out, test, example, got, exc_info, passed)
            del exc_info  # no frame kept alive past its example
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _report(self, out, test, example, got, exc_info, passed):
        """Reports an example's outcome; the output of one that raised ends with the traceback."""
        if exc_info is not None:
            got += _exception_traceback(exc_info)
        if passed:
            self.report_success(out, test, example, got)
        elif passed is None:
            self.report_unexpected_exception(out, test, example, exc_info)
        else:
            self.report_failure(out, test, example, got)

    def _passed(self, example, got, exc_info):
        """True when the example did what it expects, False when not, None when it raised an exception it
        did not expect (an unexpected exception is reported with its traceback)."""
        check = self._checker.check_output
        if exc_info is None:
            return check(example.want, got, self.optionflags)
        if example.exc_msg is None:
            return None
        exc_msg = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        if check(example.exc_msg, exc_msg, self.optionflags):
            return True
        return bool(self.optionflags & IGNORE_EXCEPTION_DETAIL) and check(
            _strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg), self.optionflags)

    def __record_outcome(self, test, failures, tries):
        previous_failures, previous_tries = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (previous_failures + failures, previous_tries + tries)
        self.failures += failures
        self.tries += tries

    def summarize(self, verbose=None):
        """Prints the tests without examples, those that passed and failed (sorted by name) and the
        totals; returns TestResults(failures, tries)."""
        if verbose is None:
            verbose = self._verbose
        empty = sorted(name for name, (f, t) in self._name2ft.items() if t == 0)
        passed = sorted((name, t) for name, (f, t) in self._name2ft.items() if t and not f)
        failed = sorted((name, ft) for name, ft in self._name2ft.items() if ft[0])
        total_failures = sum(f for f, t in self._name2ft.values())
        total_tries = sum(t for f, t in self._name2ft.values())
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in empty:
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in passed:
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and', total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Adds other's counts per test to this runner's (testmod's runners add up in the module's master)."""
        for name, (f, t) in other._name2ft.items():
            previous_failures, previous_tries = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (previous_failures + f, previous_tries + t)


def _with_options(flags, options):
    """flags with an example's directives applied: True sets a flag, False clears it."""
    for flag, on in options.items():
        flags = flags | flag if on else flags & ~flag
    return flags


def _writer(stream):
    """stream.write, or for a stream whose encoding is not UTF-8 a write that escapes what it cannot encode."""
    encoding = getattr(stream, 'encoding', None)
    if encoding is None or encoding.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(text.encode(encoding, 'backslashreplace').decode(encoding))
    return write


class DocTestFailure(Exception):
    """An example's output was not what it expects (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it does not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it, leaving the globals for a look."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- testmod, testfile, run_docstring_examples ----

# the runner whose counts testmod and testfile add up over a program's calls
master = None


def _runner(verbose, optionflags, raise_on_error):
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    return runner_class(verbose=verbose, optionflags=optionflags)


def _finish(runner, report):
    """Prints the summary if asked, adds the counts to master, and returns the run's TestResults."""
    global master
    if report:
        runner.summarize()
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (__main__ by default) and of what it defines."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _runner(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _finish(runner, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file, its path relative to the calling module's directory (or package's)
    unless module_relative is false."""
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    if name is None:
        name = os.path.basename(filename)
    globs = _test_globals({} if globs is None else globs, extraglobs)
    runner = _runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    return _finish(runner, report)


def _load_testfile(filename, package, module_relative, encoding):
    """The text of a test file and its path: relative to package's directory (the caller's module's, two
    frames up, by default) when module_relative."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative:
        filename = _module_relative_path(_normalize_module(package, 3), filename)
    with open(filename, encoding=encoding or 'utf-8') as file:
        return file.read(), filename


def _normalize_module(module, depth):
    """module as a module object: a name is imported; None means the module of the caller depth frames up."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError('Expected a module, string, or None')


def _module_relative_path(module, path):
    """path ('/'-separated) from the directory of module's file."""
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    path = os.path.join(*path.split('/'))
    if hasattr(module, '__file__'):
        directory = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        directory = os.path.split(sys.argv[0])[0] if sys.argv and sys.argv[0] else os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)" % module.__name__)
    return os.path.join(directory, path)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    """Runs the examples in f's docstring alone (not those of what f holds), with no summary."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    finder = DocTestFinder(verbose=verbose, recurse=False)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---- unittest support ----

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCases use when their own options have none; returns the old ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test: it fails with the doctest report of its failing examples."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test = test
        self._dt_globs = test.globs.copy()  # what tearDown restores
        self._dt_optionflags = optionflags
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown
        self._dt_checker = checker

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()  # the next run starts from the globals the test had
        test.globs.update(self._dt_globs)

    def runTest(self):
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = '-' * 70
        new = io.StringIO()  # named as CPython's, whose raise line a failure's traceback shows
        failures, tries = runner.run(self._dt_test, out=new.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, test.name.split('.')[-1], err))

    def debug(self):
        raise NotImplementedError('DocTestCase.debug is not supported by the model (it has no debugger)')

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self._dt_test, self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker)
                == (other._dt_test, other._dt_optionflags, other._dt_setUp, other._dt_tearDown,
                    other._dt_checker))

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        module, _, name = self._dt_test.name.rpartition('.')
        return '%s (%s)' % (name, module)

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name

class DocFileCase(DocTestCase):
    """A test file's DocTest as a unittest test."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)



def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of the module's DocTests that have examples (the calling module by default);
    options (setUp, tearDown, checker, optionflags) go to each DocTestCase."""
    module = _normalize_module(module, 2)
    tests = (test_finder or DocTestFinder()).find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = module.__file__[:-1] if module.__file__.endswith('.pyc') else module.__file__
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    """A unittest suite of one DocFileCase per test file; keywords as testfile's (module_relative,
    package, globs, parser, encoding) and DocTestCase's options."""
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'), 2)
    for path in paths:
        suite.addTest(_doc_file_case(path, **kw))
    return suite


def _doc_file_case(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
                   **options):
    globs = {} if globs is None else globs.copy()
    text, path = _load_testfile(path, package, module_relative, encoding)
    globs.setdefault('__file__', path)
    name = os.path.basename(path)
    return DocFileCase(parser.get_doctest(text, globs, name, path, 0), **options)


# ---- left out: the debugger and example-to-script conversion ----

def _left_out(name, reason):
    """A function of CPython's doctest the model does not have: calling it says so."""
    def missing(*args, **kwargs):
        raise NotImplementedError('doctest.%s is not supported by the model (%s)' % (name, reason))
    missing.__name__ = missing.__qualname__ = name
    return missing


debug = _left_out('debug', 'it has no debugger')
debug_src = _left_out('debug_src', 'it has no debugger')
debug_script = _left_out('debug_script', 'it has no debugger')
script_from_examples = _left_out('script_from_examples', 'examples are not converted to scripts')
testsource = _left_out('testsource', 'examples are not converted to scripts')
