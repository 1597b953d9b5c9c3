"""A lexical analyzer class for simple shell-like syntaxes: the GIL Lab model's shlex module.

Mirrors CPython 3.11's Lib/shlex.py; written for the model from the documentation and python3's
observed behaviour, not copied: split(), join() and quote(), and the shlex class, whose tokenizer is
a state machine over one character at a time. Its state is ' ' between tokens, 'a' inside a word,
'c' inside a run of punctuation_chars, a quote character inside a quoted part, an escape character
right after one, and None at the end of the input. In posix mode quotes join the word they touch and
are removed, and escapes work outside quotes and inside the escapedquotes; non-posix mode keeps the
quotes and ends a token at its closing one. The debug attribute exists but the model prints no
debugging output.
"""

__all__ = ["shlex", "split", "quote", "join"]

import io
import os
import re
import sys
from collections import deque


def _as_stream(source):
    """A string to read tokens from becomes a file-like object; a stream stays as it is."""
    return io.StringIO(source) if isinstance(source, str) else source


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        # Without a stream the lexer reads standard input, and names no file.
        self.instream, self.infile = (sys.stdin, None) if instream is None else (instream, infile)
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past the end of a punctuation run, to be read again.
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    # Read-only: wordchars was adjusted to it when the lexer was made.
    punctuation_chars = property(lambda self: self._punctuation_chars)

    def push_token(self, tok):
        """Pushes a token onto the stack popped by get_token."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Pushes an input source onto the lexer's input source stack."""
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, _as_stream(newstream), 1

    def pop_source(self):
        """Pops the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """Gets a token from the input stream (or from the pushback stack)."""
        if self.pushback:
            return self.pushback.popleft()
        token = self.read_token()
        # The source keyword (when set) and the token after it: that file's tokens come next.
        while self.source is not None and token == self.source:
            sourced = self.sourcehook(self.read_token())
            if sourced:
                self.push_source(sourced[1], sourced[0])
            token = self.get_token()
        # The end of a sourced file goes back to the input that sourced it.
        while token == self.eof and self.filestack:
            self.pop_source()
            token = self.get_token()
        return token

    def read_token(self):
        """Reads one token from the input, character by character."""
        self._quoted = False  # a quoted empty string is still a token in posix mode
        self._escaped_from = " "  # the state an escape returns to
        while True:
            if self._punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                done = self._between_tokens(nextchar)
            elif state in self.quotes:
                done = self._in_quotes(nextchar)
            elif state in self.escape:
                done = self._after_escape(nextchar)
            elif state in ("a", "c"):
                done = self._in_word(nextchar)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        return result

    def _has_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, nextchar):
        if not nextchar:
            self.state = None  # end of input
            return True
        if nextchar in self.whitespace:
            return self._has_token()
        if nextchar in self.commenters:
            self._skip_comment()
        elif self.posix and nextchar in self.escape:
            self._escaped_from = "a"
            self.state = nextchar
        elif nextchar in self.wordchars:
            self._begin("a", nextchar)
        elif nextchar in self._punctuation_chars:
            self._begin("c", nextchar)
        elif nextchar in self.quotes:
            # posix mode drops the quote; otherwise the token keeps it.
            self._begin(nextchar, self.token if self.posix else nextchar)
        elif self.whitespace_split:
            self._begin("a", nextchar)
        else:
            self.token = nextchar  # any other character is a token of its own
            return self._has_token()
        return False

    def _begin(self, state, token):
        self.state, self.token = state, token

    def _in_quotes(self, nextchar):
        self._quoted = True
        if not nextchar:
            raise ValueError("No closing quotation")
        if nextchar == self.state:
            if not self.posix:
                self.token += nextchar
                self.state = " "
                return True
            self.state = "a"
        elif self.posix and nextchar in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = nextchar
        else:
            self.token += nextchar
        return False

    def _after_escape(self, nextchar):
        if not nextchar:
            raise ValueError("No escaped character")
        # Inside quotes only the quote itself or the escape character may be escaped: else the escape stays.
        if self._escaped_from in self.quotes and nextchar != self.state and nextchar != self._escaped_from:
            self.token += self.state
        self.token += nextchar
        self.state = self._escaped_from
        return False

    def _in_word(self, nextchar):
        if not nextchar:
            self.state = None  # end of input
            return True
        if nextchar in self.whitespace:
            self.state = " "
            return self._has_token()
        if nextchar in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                return self._has_token()
        elif self.state == "c":
            if nextchar in self._punctuation_chars:
                self.token += nextchar
            else:
                if nextchar not in self.whitespace:
                    self._pushback_chars.append(nextchar)
                self.state = " "
                return True
        elif self.posix and nextchar in self.quotes:
            self.state = nextchar
        elif self.posix and nextchar in self.escape:
            self._escaped_from = "a"
            self.state = nextchar
        elif (nextchar in self.wordchars or nextchar in self.quotes
              or (self.whitespace_split and nextchar not in self._punctuation_chars)):
            self.token += nextchar
        else:
            # The character ends the word and is read again as the start of what follows.
            if self._punctuation_chars:
                self._pushback_chars.append(nextchar)
            else:
                self.pushback.appendleft(nextchar)
            self.state = " "
            return self._has_token()
        return False

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced."""
        path = newfile[1:-1] if newfile[0] == '"' else newfile
        # A relative path is taken relative to the file that sources it.
        if isinstance(self.infile, str) and not os.path.isabs(path):
            path = os.path.join(os.path.dirname(self.infile), path)
        return (path, open(path, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Emits a C-compiler-like, Emacs-friendly error-message leader."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # Iterating gives the tokens up to the end of the input.
    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        # None still reads standard input, as it did before 3.12 refuses it.
        from warnings import warn
        warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True  # words end at whitespace only, as a shell's do
    if not comments:
        lexer.commenters = ""
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if s and _find_unsafe(s) is None:
        return s  # nothing in it the shell would interpret
    # Single quotes keep everything literal (the empty string becomes ''); a single quote itself
    # closes them, comes double-quoted, and reopens them.
    return "'" + s.replace("'", "'\"'\"'") + "'"
