"""html.parser: a tolerant HTML tokenizer that calls a handler method per tag, text, comment and so on.

Written for GIL Lab from CPython 3.11's documentation and python3 experiments. HTMLParser mirrors
CPython's observable behaviour: the same callbacks, in the same order and with the same arguments, for
well-formed and malformed HTML alike; text is held back while it may still be cut inside a tag or a
character reference, so feeding a document in chunks gives the same callbacks as feeding it whole
(except that text may be split across handle_data calls where the chunks split it).
"""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

_interesting_normal = re.compile('[&<]')
_incomplete_ref = re.compile('&[a-zA-Z#]')
_entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_starttag_open = re.compile('<[a-zA-Z]')
_pi_close = re.compile('>')
_ref_end = re.compile(r'[\s;]')

# A tag name, then the spaces and lone slashes before its first attribute.
_tag_name = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: a name (after a quote, space or slash), and maybe "=" and a quoted or bare value.
_attribute = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# As much of a start tag as is there: name and whole attributes, up to (not including) its ">".
_start_tag_body = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^>\s]*
        )
        \s*
      )?(?:\s|/(?!>))*
    )*
  )?
  \s*
""", re.VERBOSE)
_gt = re.compile('>')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class HTMLParser(_markupbase.ParserBase):
    """Feed it text with feed(); it calls handle_starttag, handle_data and the others as it reads.

    With convert_charrefs true (the default) character references in text are replaced and handed to
    handle_data; otherwise they go to handle_charref and handle_entityref."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all input not handled yet; start over."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Add data to the input and handle as much of it as is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle everything still buffered, as if the input ended here."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The source text of the start tag handled last."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # Inside <script> and <style> everything up to the matching end tag is text.
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def _text_end(self, i, n):
        """Where the text starting at i ends; -1 when it must wait for more input."""
        rawdata = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # A reference near the end may be cut short: keep it until a space or ";" ends it.
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ref_end.search(rawdata, amp):
                return -1
            return n
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        """Handle rawdata as far as it is complete; with end true, handle all of it."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, n)
            if j < 0:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._incomplete_markup_end(i)
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                match = _charref.match(rawdata, i)
                if not match:
                    if ';' in rawdata[i:]:
                        # A malformed numeric reference: "&#" is text.
                        self.handle_data(rawdata[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(match.group()[2:-1])
                i = self.updatepos(i, self._after_ref(match))
            elif rawdata.startswith('&', i):
                match = _entityref.match(rawdata, i)
                if match:
                    self.handle_entityref(match.group(1))
                    i = self.updatepos(i, self._after_ref(match))
                elif _incomplete_ref.match(rawdata, i):
                    if end and _incomplete_ref.match(rawdata, i).group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n):
        """Handle the markup starting with "<" at i: the index after it, -1 if incomplete, None to wait."""
        rawdata = self.rawdata
        if _starttag_open.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith('</', i):
            return self.parse_endtag(i)
        if rawdata.startswith('<!--', i):
            return self.parse_comment(i)
        if rawdata.startswith('<?', i):
            return self.parse_pi(i)
        if rawdata.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def _incomplete_markup_end(self, i):
        # At the end of input, unfinished markup is text: up to its ">", else up to the next "<".
        rawdata = self.rawdata
        k = rawdata.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = rawdata.find('<', i + 1)
        return k if k >= 0 else i + 1

    def _after_ref(self, match):
        # The reference's pattern reads one character past the name; only a ";" belongs to it.
        k = match.end()
        return k if self.rawdata.startswith(';', k - 1) else k - 1

    def parse_html_declaration(self, i):
        """<!--...-->, <![...]]>, <!DOCTYPE ...> or, for anything else after "<!", a bogus comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """<!...> or </...> that is no tag: its inside goes to handle_comment."""
        pos = self.rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """<?...>: everything up to the first ">" goes to handle_pi."""
        match = _pi_close.search(self.rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(self.rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        """Handle the start tag at i; returns the index after it, or -1 while it is incomplete."""
        rawdata = self.rawdata
        endpos = self.check_for_whole_start_tag(i)
        # get_starttag_text() answers for this tag from here on (None while it is incomplete)
        self.__starttag_text = rawdata[i:endpos] if endpos >= 0 else None
        if endpos < 0:
            return endpos
        match = _tag_name.match(rawdata, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        attrs = []
        while k < endpos:
            match = _attribute.match(rawdata, k)
            if not match:
                break
            attrs.append((match.group(1).lower(), self._attribute_value(match)))
            k = match.end()
        close = rawdata[k:endpos].strip()
        if close not in (">", "/>"):
            # Junk where the tag should end: CPython hands the whole tag over as text.
            self.handle_data(rawdata[i:endpos])
            return endpos
        if close == '/>':
            self.handle_startendtag(tag, attrs)
            return endpos
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)  # <script>, <style>: their text is not parsed for tags
        return endpos

    @staticmethod
    def _attribute_value(match):
        # No "=": None; quotes are stripped and references replaced, in quoted and bare values alike.
        if not match.group(2):
            return None
        value = match.group(3)
        if value[:1] == value[-1:] and value[:1] in ('"', "'"):
            value = value[1:-1]
        if value:
            value = unescape(value)
        return value

    def check_for_whole_start_tag(self, i):
        """The index after the start tag at i, or -1 while the input may still complete it."""
        rawdata = self.rawdata
        j = _start_tag_body.match(rawdata, i).end()
        following = rawdata[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _ASCII_LETTERS + "=/":
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        """Handle the end tag at i; returns the index after it, or -1 while it is incomplete."""
        rawdata = self.rawdata
        gt = _gt.search(rawdata, i + 1)
        if not gt:
            return -1
        gtpos = gt.end()
        match = _end_tag.match(rawdata, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = _tag_name.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            # A sloppy end tag such as "</a b>": the name counts, the rest up to ">" is dropped.
            self.handle_endtag(name.group(1).lower())
            return rawdata.find('>', name.end()) + 1
        elem = match.group(1).lower()
        if self.cdata_elem in (None, elem):
            self.handle_endtag(elem)
            self.clear_cdata_mode()
        else:
            self.handle_data(rawdata[i:gtpos])  # inside <script> or <style>, another end tag is text
        return gtpos

    # Handlers, for subclasses to override.

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: by default a start tag and its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """<tag a="v">: tag lower-cased, attrs a list of (name, value) pairs (value None when absent). Override it; by default it does nothing."""

    def handle_endtag(self, tag):
        """</tag>, tag lower-cased. Override it; by default it does nothing."""

    def handle_charref(self, name):
        """&#NNN; or &#xNNN; when convert_charrefs is false: name is what follows the #. Override it; by default it does nothing."""

    def handle_entityref(self, name):
        """&name; when convert_charrefs is false. Override it; by default it does nothing."""

    def handle_data(self, data):
        """Text between the markup. Override it; by default it does nothing."""

    def handle_comment(self, data):
        """<!--data-->. Override it; by default it does nothing."""

    def handle_decl(self, decl):
        """<!DOCTYPE ...>: decl is what lies between <! and >. Override it; by default it does nothing."""

    def handle_pi(self, data):
        """<?data>, a processing instruction. Override it; by default it does nothing."""

    def unknown_decl(self, data):
        """A <![...]> the parser does not know, such as CDATA: data is what lies inside. Override it; by default it does nothing."""
