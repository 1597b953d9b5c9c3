"""Text wrapping and filling: the GIL Lab model's textwrap module.

Written for the model (not copied) to behave as CPython 3.11's Lib/textwrap.py documents and does:
TextWrapper (wrap, fill, with its options), wrap, fill, shorten, dedent and indent. Where CPython
splits text into chunks with a verbose regular expression, this module scans the text itself with
the same rules: runs of whitespace, words, em-dashes between words, and words broken after a hyphen
between letters.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_SENTENCE_PUNCT = '.!?'


def _is_letter(text, i):
    """Whether text[i] exists and is a letter as re's [^\\d\\W] is: a word character, not a digit."""
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character (an em-dash)."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word_char(text[j])


def _after_word_punct(text, end):
    """Whether the character before end is a word character or one of !"'&.,?."""
    return end > 0 and (_is_word_char(text[end - 1]) or text[end - 1] in '!"\'&.,?')


def _hyphen_break(text, end):
    """Whether a word may end at end, just after a hyphen: letters before it, a letter after it."""
    if text[end - 1] != '-':
        return False
    before = (_is_letter(text, end - 3) and _is_letter(text, end - 2)) or (
        _is_letter(text, end - 4) and text[end - 3] == '-' and _is_letter(text, end - 2))
    after = _is_letter(text, end) and (_is_letter(text, end + 1) or (
        end + 1 < len(text) and text[end + 1] == '-' and _is_letter(text, end + 2)))
    return before and after


def _word_end(text, start):
    """Where the word starting at start ends: the shortest piece that ends at whitespace or the end,
    before an em-dash, or (one character longer) just after a hyphen it may be broken at."""
    n = len(text)
    length = 1
    while True:
        end = start + length
        if end < n and text[end] == '-' and _hyphen_break(text, end + 1):
            return end + 1
        if end >= n or text[end] in _whitespace:
            return end
        if _after_word_punct(text, end) and _dashes_then_word(text, end):
            return end
        length += 1


def _chunks(text, break_on_hyphens):
    """The text cut into whitespace runs and words (broken at hyphens and em-dashes if asked)."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
        elif not break_on_hyphens:
            j = i
            while j < n and text[j] not in _whitespace:
                j += 1
        elif _after_word_punct(text, i) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    """Whether chunk ends a sentence: a lowercase letter, then . ! or ?, then maybe a quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in _SENTENCE_PUNCT and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text: see wrap() and fill(); the options are attributes, as in CPython."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Tabs expanded, and every whitespace character made a space, as the options ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        return _chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after each sentence's end, where one space follows it."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A word longer than a line: as much as fits (up to a hyphen if it can), or all of it alone."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """The lines the chunks fill, each at most width long (counting its indent)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_fits = (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width
            if self.max_lines is None or len(lines) + 1 < self.max_lines or last_fits:
                lines.append(indent + ''.join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _end_with_placeholder(self, lines, cur_line, cur_len, width, indent):
        """The last line allowed, cut so that the placeholder fits after a word (or on the line before)."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The text as a list of lines at most width long, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The text wrapped, as one string of lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The single paragraph text wrapped into lines at most width long; see TextWrapper."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The single paragraph text wrapped, as one string; see TextWrapper."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text's whitespace collapsed, then cut to fit width with a placeholder at the end."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    """A line's leading spaces and tabs."""
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """The text without the whitespace every non-blank line starts with; blank lines made empty.

    Lines are what newlines separate; a line of only spaces and tabs counts as blank."""
    lines = ['' if line and not line.strip(' \t') else line for line in text.split('\n')]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """The text with prefix before each line predicate accepts (by default, those not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
