"""Text wrapping and filling: the GIL Lab model's textwrap module.

Behaves as CPython 3.11's Lib/textwrap.py documents and does (TextWrapper with all its options,
wrap, fill, shorten, dedent, indent); written for the model from that documentation and from
experiments with python3, not copied. Text is cut into chunks by a scanner of our own rather than a
regular expression; the chunk boundaries, the line filling and the max_lines/placeholder rules are
CPython's, so the same text wraps to the same lines. The methods a subclass may override
(_munge_whitespace, _split, _fix_sentence_endings, _handle_long_word, _wrap_chunks, _split_chunks)
keep their names and arguments, and the lines tracebacks show keep CPython's text.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap's whitespace is these ASCII characters only: a no-break space stays inside a word.
_SPACES = '\t\n\x0b\x0c\r '
# Characters after which a run of two or more hyphens between words is an em-dash.
_BEFORE_DASH = '!"\'&.,?'


def _letter(text, pos):
    # A word character that is not a digit (so '_' counts): what may stand around a hyphen
    # that a word is broken after.
    if pos < 0 or pos >= len(text):
        return False
    ch = text[pos]
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _word_char(text, pos):
    return pos < len(text) and (text[pos].isalnum() or text[pos] == '_')


def _dash_run_before_word(text, pos):
    # Two or more hyphens start at pos and a word character follows them.
    end = pos
    while end < len(text) and text[end] == '-':
        end += 1
    if end - pos >= 2 and _word_char(text, end):
        return end
    return -1


def _em_dash_at(text, pos):
    # The end of an em-dash starting at pos, or -1: the dashes need a word or closing
    # punctuation before them and a word after.
    if pos == 0 or not (_word_char(text, pos - 1) or text[pos - 1] in _BEFORE_DASH):
        return -1
    return _dash_run_before_word(text, pos)


def _breaks_after_hyphen(text, pos):
    # A word may end after the hyphen at pos when two letters, or letter-hyphen-letter, come
    # before it, and a letter then (maybe after one more hyphen) another letter come after it.
    before = (_letter(text, pos - 1) and
              (_letter(text, pos - 2) or (text[pos - 2:pos - 1] == '-' and _letter(text, pos - 3))))
    if not before or not _letter(text, pos + 1):
        return False
    return _letter(text, pos + 2) or (text[pos + 2:pos + 3] == '-' and _letter(text, pos + 3))


def _next_space(text, pos):
    while pos < len(text) and text[pos] not in _SPACES:
        pos += 1
    return pos


def _word_end(text, start, stop):
    # Where the word starting at start (and running at most to stop, the next whitespace)
    # ends: after the first hyphen it may be broken at, before the first em-dash, or at stop.
    dash = text.find('-', start + 1, stop)
    while dash != -1:
        if _breaks_after_hyphen(text, dash):
            return dash + 1
        if text[dash - 1] in _BEFORE_DASH or _word_char(text, dash - 1):
            if _dash_run_before_word(text, dash) != -1:
                return dash
        dash = text.find('-', dash + 1, stop)
    return stop


def _chunks(text, at_hyphens):
    """Cut text into whitespace runs and words; at_hyphens also cuts em-dashes out of words and
    words after their hyphens, as TextWrapper(break_on_hyphens=True) does."""
    chunks = []
    pos = 0
    while pos < len(text):
        if text[pos] in _SPACES:
            end = pos + 1
            while end < len(text) and text[end] in _SPACES:
                end += 1
        else:
            stop = _next_space(text, pos)
            end = stop
            if at_hyphens:
                end = _em_dash_at(text, pos)
                if end == -1:
                    end = _word_end(text, pos, stop)
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    # A lower-case ASCII letter, then '.', '!' or '?', then maybe one closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _blank(chunk):
    return not chunk.strip()


class TextWrapper:
    """Wraps text into lines of at most width characters.

    Attributes (all may be changed between calls): width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder, with the meanings the constructor's
    keyword arguments of the same names have in CPython.
    """

    # Every whitespace character becomes a space when replace_whitespace is true.
    unicode_whitespace_trans = {ord(ch): ord(' ') for ch in _SPACES}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings, self.drop_whitespace = fix_sentence_endings, drop_whitespace
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn each whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(self.unicode_whitespace_trans) if self.replace_whitespace else text

    def _split(self, text):
        """The chunks (words and whitespace runs) that lines are made of."""
        return _chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces (in place)."""
        for i in range(1, len(chunks)):
            if chunks[i] == ' ' and _ends_sentence(chunks[i - 1]):
                chunks[i] = '  '

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Called when the next chunk (reversed_chunks[-1]) is longer than a whole line: move as
        much of it as fits (at least one character) onto cur_line, preferring to cut after a
        hyphen; without break_long_words, put it whole on a line of its own."""
        word = reversed_chunks[-1]
        if not self.break_long_words:
            if not cur_line:  # alone on its line, however long
                reversed_chunks.pop()
                cur_line.append(word)
            return
        room = width - cur_len if width >= 1 else 1
        cut = room
        if self.break_on_hyphens and len(word) > room:
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Lay the chunks out on lines (a list of strings, without newlines)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            last_indent = self.initial_indent if limit <= 1 else self.subsequent_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = chunks[::-1]  # the next chunk is at the end
        lines = []
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if lines and self.drop_whitespace and _blank(todo[-1]):
                todo.pop()  # no line but the first starts with whitespace
            line, used = self._take_chunks(todo, room)
            if self.drop_whitespace and line and _blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._may_continue(lines, todo, used, room):
                lines.append(indent + ''.join(line))
            else:
                self._end_with_placeholder(lines, line, used, room, indent)
                break
        return lines

    def _take_chunks(self, todo, room):
        # Fill one line greedily; a chunk longer than a whole line goes to _handle_long_word.
        line = []
        used = 0
        while todo and used + len(todo[-1]) <= room:
            used += len(todo[-1])
            line.append(todo.pop())
        if todo and len(todo[-1]) > room:
            self._handle_long_word(todo, line, used, room)
            used = sum(len(part) for part in line)
        return line, used

    def _may_continue(self, lines, todo, used, room):
        # Whether this line can be written as it is under max_lines: it is not the last allowed
        # line, or nothing but (droppable) whitespace follows it and it fits.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_empty = not todo or (self.drop_whitespace and len(todo) == 1 and _blank(todo[0]))
        return rest_is_empty and used <= room

    def _end_with_placeholder(self, lines, line, used, room, indent):
        # The text goes on past max_lines: drop chunks from this line's end until the
        # placeholder fits after a word; failing that, put it after the previous line or alone.
        mark = self.placeholder
        while line:
            if not _blank(line[-1]) and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:  # two spaces after a sentence, before any wrapping
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return the lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into lines of at most width characters; kwargs are TextWrapper's options."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap text and join the lines with newlines; kwargs are TextWrapper's options."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and fit it on one line of width, ending with the
    placeholder where words had to go."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _common_start(first, second):
    size = 0
    for a, b in zip(first, second):
        if a != b:
            break
        size += 1
    return first[:size]


def dedent(text):
    """Remove the spaces and tabs that every non-blank line of text starts with.

    Lines of spaces and tabs only become empty and do not count; a tab and a space are
    different characters here, so "\\ta" and "  b" share no margin.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for number, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[number] = ''
            continue
        lead = line[:len(line) - len(content)]
        margin = lead if margin is None else _common_start(margin, lead)
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is true; by default
    before every line that is not whitespace only. Line endings are kept."""
    out = []
    for piece in text.splitlines(True):
        wanted = piece.strip() if predicate is None else predicate(piece)
        out.append(prefix + piece if wanted else piece)
    return ''.join(out)
