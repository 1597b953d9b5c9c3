"""Extract, format and print stack traces: the GIL Lab model's traceback module.

Mirrors the behaviour of CPython 3.11's Lib/traceback.py (as its documentation and python3 itself show
it); written for the model, not copied. The text made here is the text the interpreter prints for an
uncaught exception: "Traceback (most recent call last):", a File/line/source entry per frame with
3.11's ^ and ~ markers, chained exceptions with their separating sentences, recursion folded into
"[Previous line repeated N more times]", and exception groups with their sub-exceptions in numbered
boxes behind a "| " margin. Where CPython learns an instruction's columns from code.co_positions() and
picks the markers with the ast module, this module asks _traceback, which answers from the model's
compiler with the same code the interpreter prints uncaught exceptions with.
"""

import collections.abc
import itertools
import linecache
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']


# ---- one frame ----

class FrameSummary:
    """What a traceback shows of one frame: file, line number, function name, and the source line,
    read from linecache only when first asked for (unless lookup_line). Compares equal to the
    4-tuple (filename, lineno, name, line) it also unpacks and indexes as."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        # the values are kept as their reprs, so the summary holds no reference to the objects
        self.locals = {key: repr(value) for key, value in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        """The source line without its surrounding blanks ('' when there is none); None without lineno."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def _as_tuple(self):
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._as_tuple() == other._as_tuple() and self.locals == other.locals
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


# ---- walking frames and tracebacks ----

def walk_stack(f):
    """Yields (frame, current line number) for f and each frame that called it, innermost first.
    Without f, starts where CPython's does: four frames above this generator's own frame (the
    caller of StackSummary.extract when it consumes the generator)."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line number) for each entry of traceback tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positioned_entries(tb):
    """walk_tb with each entry's (lineno, end_lineno, colno, end_colno), for the ^~ markers."""
    while tb is not None:
        yield tb.tb_frame, _traceback.positions(tb)
        tb = tb.tb_next


def _without_positions(frames_and_lines):
    for frame, lineno in frames_and_lines:
        yield frame, (lineno, None, None, None)


def _effective_limit(limit):
    """The limit to apply: sys.tracebacklimit (a negative one counting as 0) stands in for None."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


# ---- a list of frames ----

_SHOWN_REPEATS = 3   # consecutive entries for one line printed before the rest are only counted


def _repeat_notice(lines, run):
    """Appends the line that stands for the entries of a run beyond the first _SHOWN_REPEATS."""
    hidden = run - _SHOWN_REPEATS
    if hidden > 0:
        lines.append(f'  [Previous line repeated {hidden} more time{"s" if hidden > 1 else ""}]\n')


class StackSummary(list):
    """A list of FrameSummary entries, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A summary of the (frame, lineno) pairs frame_gen yields, such as walk_stack's or walk_tb's."""
        return klass._summarize(_without_positions(frame_gen), limit, lookup_lines, capture_locals)

    @classmethod
    def _summarize(klass, entries, limit, lookup_lines, capture_locals):
        """Summarizes (frame, (lineno, end_lineno, colno, end_colno)) entries. The entries are consumed
        here, so that walk_stack(None) passed to extract starts at extract's caller, as in CPython."""
        limit = _effective_limit(limit)
        if limit is not None:
            # a positive limit keeps the first entries, a negative one the last -limit
            entries = itertools.islice(entries, limit) if limit >= 0 else list(entries)[limit:]
        summary = klass()
        filenames = set()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            filenames.add(code.co_filename)
            frame_locals = frame.f_locals if capture_locals else None
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                        locals=frame_locals, end_lineno=end_lineno, colno=colno,
                                        end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)  # a file edited since it was cached is read again
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @staticmethod
    def from_list(a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, its source line with the markers under the part that
        failed, and its captured locals. A subclass may return None to leave the entry out."""
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        source = frame_summary.line
        if source:
            text += f'    {source}\n'
            markers = _traceback.carets(frame_summary._line.rstrip('\n'), frame_summary.lineno,
                                        frame_summary.end_lineno, frame_summary.colno,
                                        frame_summary.end_colno)
            if markers is not None:
                text += markers + '\n'
        for name, value in sorted((frame_summary.locals or {}).items()):
            text += f'    {name} = {value}\n'
        return text

    def format(self):
        """One string per printed entry, each ending in a newline. A run of more than _SHOWN_REPEATS
        entries for the same file, line and function (recursion) prints its first ones and a count."""
        lines = []
        place = None
        run = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            here = (entry.filename, entry.lineno, entry.name)
            if here != place:
                _repeat_notice(lines, run)
                place, run = here, 0
            run += 1
            if run <= _SHOWN_REPEATS:
                lines.append(text)
        _repeat_notice(lines, run)
        return lines


# ---- an exception and its chain ----

_CAUSE_SEPARATOR = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_SEPARATOR = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _str_or_placeholder(value, what, convert=str):
    """convert(value), or CPython's '<what str() failed>' when that raises."""
    try:
        return convert(value)
    except Exception:
        return f'<{what} {convert.__name__}() failed>'


def _type_name(exc_type):
    """The qualified name, prefixed with the module unless that is builtins or __main__."""
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module in ('builtins', '__main__'):
        return name
    return f'{module if isinstance(module, str) else "<unknown>"}.{name}'


class TracebackException:
    """An exception captured for formatting without keeping it alive: its type, str(), notes, frames
    (stack), SyntaxError details, the TracebackExceptions of its __cause__ and __context__, and of an
    exception group's sub-exceptions (exceptions)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._summarize(_positioned_entries(exc_traceback), limit, lookup_lines,
                                             capture_locals)
        self.exc_type = exc_type
        self._str = _str_or_placeholder(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._keep_syntax_error_details(exc_value)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None   # an exception group's sub-exceptions, as TracebackExceptions
        if _seen is None:
            # the outermost call builds the whole chain, so a long chain needs no deep recursion
            self._follow_chain(exc_value, dict(limit=limit, lookup_lines=lookup_lines,
                                               capture_locals=capture_locals, compact=compact,
                                               max_group_width=max_group_width,
                                               max_group_depth=max_group_depth))

    def _keep_syntax_error_details(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    def _follow_chain(self, exc_value, options):
        """Links a TracebackException to each __cause__ and __context__ down the chain, and to an
        exception group's sub-exceptions, taking the last pair found first as CPython does; a cause or
        context already captured (a cycle, or one met again) ends its branch, sub-exceptions are always
        captured. With compact, a context is only captured where it would be printed."""
        seen = {id(exc_value)}

        def capture(exc):
            seen.add(id(exc))
            return TracebackException(type(exc), exc, exc.__traceback__, _seen=seen, **options)

        def capture_link(exc):
            return None if exc is None or id(exc) in seen else capture(exc)

        pending = [(self, exc_value)]
        while pending:
            node, exc = pending.pop()
            if exc is None:
                continue
            node.__cause__ = capture_link(exc.__cause__)
            if not options['compact'] or (node.__cause__ is None and not exc.__suppress_context__):
                node.__context__ = capture_link(exc.__context__)
            if isinstance(exc, BaseExceptionGroup):
                node.exceptions = [capture(member) for member in exc.exceptions]
            if node.__cause__ is not None:
                pending.append((node.__cause__, exc.__cause__))
            if node.__context__ is not None:
                pending.append((node.__context__, exc.__context__))
            if node.exceptions:
                pending.extend(zip(node.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc, its type and its __traceback__."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields the exception's last lines: 'Type: message' (a SyntaxError's source line and caret
        before it), then its notes, a line each."""
        name = 'None' if self.exc_type is None else _type_name(self.exc_type)
        if self.exc_type is not None and issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield f'{name}: {self._str}\n' if self._str else f'{name}\n'
        notes = self.__notes__
        if notes is None:
            return
        if not isinstance(notes, collections.abc.Sequence):
            # CPython ends this one line without a newline
            yield _str_or_placeholder(notes, '__notes__', repr)
            return
        for note in notes:
            for line in _str_or_placeholder(note, 'note').split('\n'):
                yield line + '\n'

    def _syntax_error_lines(self, name):
        """Where the error is (File line, source line, ^ under the offending columns), then the message."""
        where = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            whole = self.text.rstrip('\n')
            shown = whole.lstrip(' \n\f')
            yield f'    {shown}\n'
            if self.offset is not None:
                # offsets count from 1 in the unstripped text; an end of 0, None or -1, or one equal
                # to the start, marks a single character
                start = self.offset - 1 - (len(whole) - len(shown))
                stop = start + 1
                if self.end_offset not in (None, 0, -1) and self.end_offset != self.offset:
                    stop = start + self.end_offset - self.offset
                if start >= 0:
                    # tabs and other blanks before the caret are kept, so it lines up under the text
                    padding = ''.join(ch if ch.isspace() else ' ' for ch in shown[:start])
                    yield f'    {padding}{"^" * (stop - start)}\n'
        yield f'{name}: {self.msg or "<no detail available>"}{where}\n'

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines CPython prints for the exception: with chain, its causes and contexts first
        (each followed by the sentence linking it to the next), then each one's traceback and lines; an
        exception group's sub-exceptions follow it, each in a box, at most max_group_width of them and
        max_group_depth groups deep."""
        if _ctx is None:
            _ctx = _GroupMargins()
        links = []   # (separator printed before this exception, exception), innermost first
        node = self
        while node is not None:
            separator, following = None, None
            if chain and node.__cause__ is not None:
                separator, following = _CAUSE_SEPARATOR, node.__cause__
            elif chain and node.__context__ is not None and not node.__suppress_context__:
                separator, following = _CONTEXT_SEPARATOR, node.__context__
            links.append((separator, node))
            node = following
        for separator, node in reversed(links):
            if separator is not None:
                yield from _ctx.emit(separator)
            if node.exceptions is None:
                if node.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(node.stack.format())
                yield from _ctx.emit(node.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from self._format_group(node, chain, _ctx)

    def _format_group(self, group, chain, ctx):
        """A group's traceback and lines, then a box per sub-exception ('1', '2'..., '...' for those past
        max_group_width), the last one closed once, by the innermost group that ends with it."""
        top_level = ctx.depth == 0
        if top_level:
            ctx.depth = 1
        if group.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n', '+' if top_level else '|')
            yield from ctx.emit(group.stack.format())
        yield from ctx.emit(group.format_exception_only())
        count = len(group.exceptions)
        shown = min(count, self.max_group_width + 1)
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            truncated = i >= self.max_group_width
            title = '...' if truncated else str(i + 1)
            yield f'{ctx.indent()}{"+-" if i == 0 else "  "}+---------------- {title} ----------------\n'
            ctx.depth += 1
            if truncated:
                more = count - self.max_group_width
                yield from ctx.emit(f'and {more} more exception{"s" if more > 1 else ""}\n')
            else:
                yield from group.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield f'{ctx.indent()}+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if top_level:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Prints format()'s lines to file, sys.stderr by default."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end='')


class _GroupMargins:
    """Where TracebackException.format is among nested exception groups: how deep (the top-level group
    counts 1), and whether the last box is still to be closed."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def emit(self, text, margin='|'):
        """Yields text (a string, or each string of an iterable) with the margin before every line
        inside a group, blank lines too; unchanged outside any."""
        prefix = f'{self.indent()}{margin} ' if self.depth else ''
        for chunk in ([text] if isinstance(text, str) else text):
            yield ''.join(prefix + line for line in chunk.splitlines(True)) if prefix else chunk


# ---- the module's functions ----

class _Implicit:
    """The default of print_exception's value and tb: the exception passed first supplies both."""

    def __repr__(self):
        return '<implicit>'


_IMPLICIT = _Implicit()


def _exception_and_traceback(exc, value, tb):
    """(value, tb) from print_exception's arguments: given both, or taken from the exception exc."""
    if (value is _IMPLICIT) != (tb is _IMPLICIT):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _IMPLICIT:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def _report(exc, value, tb, limit):
    value, tb = _exception_and_traceback(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, file=None, chain=True):
    """Prints an exception (or the exc_info triple) as an uncaught one is printed, to sys.stderr by
    default."""
    _report(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    """print_exception's lines as a list of strings, each ending in a newline."""
    return list(_report(exc, value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_IMPLICIT):
    """The exception's last lines only ('Type: message', notes), as a list of strings."""
    if value is _IMPLICIT:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True).format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (print_exception of sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc's text as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_type, sys.last_value, sys.last_traceback)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost first."""
    return StackSummary._summarize(_positioned_entries(tb), limit, True, False)


def format_tb(tb, limit=None):
    """The printed lines of a traceback's entries, a string each."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints a traceback's entries (without header or exception) to file, sys.stderr by default."""
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack at frame f (the caller's frame by default), outermost first; limit
    counts from f outwards."""
    if f is None:
        f = sys._getframe(1)   # the caller's frame
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    """extract_stack's entries as printed lines."""
    if f is None:
        f = sys._getframe(1)   # the caller's frame
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the stack at frame f (the caller's by default) to file, sys.stderr by default."""
    if f is None:
        f = sys._getframe(1)   # the caller's frame
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    """The printed lines of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list's lines to file, sys.stderr by default."""
    if file is None:
        file = sys.stderr
    for text in format_list(extracted_list):
        print(text, file=file, end='')


def clear_frames(tb):
    """Drops the local variables of every frame traceback tb keeps; a frame still running keeps them."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
