"""A small non-validating XML 1.0 parser with namespaces, standing in for expat (the model has no C code).

Written for GIL Lab from the XML 1.0 and Namespaces in XML recommendations and python3 experiments with
xml.etree.ElementTree: it reports what expat reports to ElementTree's XMLParser (namespaced names as
"{uri}local", text with references replaced and line ends normalized, comments, processing instructions)
and refuses what expat refuses, with expat's message, error code and position.
"""

import re

_NAME_START = (':A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f'
               '\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff')
_name = re.compile('[%s][-.0-9\xb7\u0300-\u036f\u203f\u2040%s]*' % (_NAME_START, _NAME_START))
_name_start = re.compile('[%s]' % _NAME_START)
_space = re.compile('[ \t\r\n]*')
_not_char = re.compile('[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')
_text_special = re.compile('[&\\]<\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_decimal = re.compile('[0-9]*')
_hexadecimal = re.compile('[0-9a-fA-F]*')
_entity_decl = re.compile(r'<!ENTITY\s+([^\s%]\S*)\s+(?:"([^"]*)"|\'([^\']*)\')\s*>')
_encoding_decl = re.compile(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']')

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}

# expat's error codes (xml.parsers.expat.errors) for the errors this parser reports.
SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN = 2, 3, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC_ELEMENT = 7, 8, 9
UNDEFINED_ENTITY, BAD_CHAR_REF, MISPLACED_XML_PI = 11, 14, 17
UNKNOWN_ENCODING, UNCLOSED_CDATA_SECTION, UNBOUND_PREFIX = 18, 20, 27
MESSAGES = {
    SYNTAX: "syntax error", NO_ELEMENTS: "no element found", INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token", TAG_MISMATCH: "mismatched tag", DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER_DOC_ELEMENT: "junk after document element", UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity", UNKNOWN_ENCODING: "unknown encoding",
    UNCLOSED_CDATA_SECTION: "unclosed CDATA section", UNBOUND_PREFIX: "unbound prefix",
}

_PROLOG, _CONTENT, _EPILOG = 0, 1, 2


class XMLSyntaxError(Exception):
    """A well-formedness error: expat's code, and the line (from 1) and column (from 0) it was found at."""

    def __init__(self, code, line, column):
        super().__init__(code, line, column)
        self.code = code
        self.line = line
        self.column = column


class _Incomplete(Exception):
    """The token at the scanner's position runs past the end of the input fed so far."""


class _ByteDecoder:
    """Turns fed bytes into text: the encoding of the XML declaration, else UTF-8; a cut character waits."""

    def __init__(self):
        self.encoding = None
        self.pending = b""

    def decode(self, data, final):
        data = self.pending + data
        if self.encoding is None:
            if len(data) < 5 and not final:
                self.pending = data
                return ""
            declared = _encoding_decl.match(data)
            self.encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
        try:
            text = data.decode(self.encoding)
            self.pending = b""
        except LookupError:
            raise XMLSyntaxError(UNKNOWN_ENCODING, 1, 0) from None
        except UnicodeDecodeError as e:
            if final or e.end < len(data) - 3 or e.reason != "unexpected end of data":
                raise XMLSyntaxError(INVALID_TOKEN, 1, 0) from None
            text = data[:e.start].decode(self.encoding)
            self.pending = data[e.start:]
        return text


class Namespaces:
    """The namespace declarations in scope: resolves prefixed names to "{uri}local", as expat does for
    ElementTree (namespace_separator "}")."""

    def __init__(self):
        self.scopes = [{"xml": XML_NAMESPACE}]

    def push(self, declarations):
        scope = dict(self.scopes[-1])
        scope.update(declarations)
        self.scopes.append(scope)

    def pop(self):
        self.scopes.pop()

    def resolve(self, name, is_attribute):
        """The expanded name, or None when its prefix is not declared."""
        scope = self.scopes[-1]
        prefix, colon, local = name.partition(":")
        if not colon:
            uri = None if is_attribute else scope.get("")
            return "{%s}%s" % (uri, name) if uri else name
        uri = scope.get(prefix)
        return "{%s}%s" % (uri, local) if uri else None


class XMLScanner:
    """Parses XML fed in pieces, calling the handler's start(tag, attrib), end(tag), data(text),
    comment(text), pi(target, text), start_ns(prefix, uri) and end_ns(prefix) as it goes."""

    def __init__(self, handler, expand_names=True):
        self.handler = handler
        # ElementTree wants "{uri}local" names without the xmlns attributes; minidom the names as written.
        self.expand_names = expand_names
        self.cdata = getattr(handler, "cdata", handler.data)
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.column = 0
        self.consumed = 0  # characters of the document before buf
        self.phase = _PROLOG
        self.stack = []  # (raw name, prefixes it declared) of the open elements
        self.namespaces = Namespaces()
        self.entities = dict(_PREDEFINED)
        self.decoder = None
        self.final = False

    # Input.

    def feed(self, data, final=False):
        if isinstance(data, (bytes, bytearray)):
            if self.decoder is None:
                self.decoder = _ByteDecoder()
            data = self.decoder.decode(bytes(data), final)
        self.final = final
        if self.consumed == 0 and not self.buf and data[:1] == "\ufeff":
            data = data[1:]  # a byte order mark is no part of the document
        self.buf = self.buf[self.pos:] + data
        self.consumed += self.pos
        self.pos = 0
        while self.pos < len(self.buf):
            try:
                if self.buf[self.pos] == "<":
                    end = self._markup(self.pos)
                else:
                    end = self._text(self.pos)
            except _Incomplete:
                if final:
                    self._fail(UNCLOSED_TOKEN, self.pos)
                break
            self._advance(end)
        if final and self.phase != _EPILOG:
            self._fail(NO_ELEMENTS, len(self.buf))

    def close(self):
        self.feed(b"" if self.decoder else "", True)

    # Positions and errors.

    def _advance(self, end):
        newlines = self.buf.count("\n", self.pos, end)
        if newlines:
            self.line += newlines
            self.column = end - self.buf.rindex("\n", self.pos, end) - 1
        else:
            self.column += end - self.pos
        self.pos = end

    def _fail(self, code, index):
        self._advance(index)
        raise XMLSyntaxError(code, self.line, self.column)

    def _need(self, index):
        # The character at index, which must have been fed already.
        if index >= len(self.buf):
            raise _Incomplete
        return self.buf[index]

    def _skip_space(self, index):
        index = _space.match(self.buf, index).end()
        self._need(index)
        return index

    def _name_end(self, index):
        """The end of the name at index; an invalid token if none starts there."""
        self._need(index)
        match = _name.match(self.buf, index)
        if not match:
            self._fail(INVALID_TOKEN, index)
        self._need(match.end())
        return match.end()

    # Character data.

    def _text(self, start):
        buf = self.buf
        stop = buf.find("<", start)
        if stop < 0:
            if not self.final:
                raise _Incomplete
            stop = len(buf)
        if self.phase != _CONTENT:
            self._outside_text(start, stop)
            return stop
        pieces = []
        i = start
        while True:
            special = _text_special.search(buf, i, stop)
            end = special.start() if special else stop
            pieces.append(buf[i:end])
            if not special:
                break
            char = buf[end]
            if char == "&":
                try:
                    i, replacement = self._reference(end)
                except _Incomplete:
                    # Hand over the text before the reference; the reference waits for more input.
                    self._data("".join(pieces))
                    self._advance(end)
                    raise
                pieces.append(replacement)
            elif char == "]":
                if buf.startswith("]]>", end):
                    self._fail(INVALID_TOKEN, end + 2)
                pieces.append("]")
                i = end + 1
            else:
                self._fail(INVALID_TOKEN, end)
        self._data("".join(pieces))
        return stop

    def _data(self, text):
        if text:
            self.handler.data(text.replace("\r\n", "\n").replace("\r", "\n"))

    def _outside_text(self, start, stop):
        # Before and after the document element only white space may stand between markup.
        end = _space.match(self.buf, start, stop).end()
        if end < stop:
            if _not_char.match(self.buf, end):
                self._fail(INVALID_TOKEN, end)
            self._fail(SYNTAX if self.phase == _PROLOG else JUNK_AFTER_DOC_ELEMENT, end)

    def _reference(self, start):
        """Read the reference &...; at start: (index after it, its replacement text)."""
        buf = self.buf
        i = start + 1
        if self._need(i) == "#":
            return self._char_reference(start)
        end = self._name_end(i)
        if buf[end] != ";":
            self._fail(INVALID_TOKEN, end)
        name = buf[i:end]
        if name not in self.entities:
            self._fail(UNDEFINED_ENTITY, start)
        return end + 1, self.entities[name]

    def _char_reference(self, start):
        buf = self.buf
        i = start + 2
        hexadecimal = self._need(i) == "x"
        if hexadecimal:
            i += 1
        digits = (_hexadecimal if hexadecimal else _decimal).match(buf, i).end()
        self._need(digits)
        if digits == i or buf[digits] != ";":
            self._fail(INVALID_TOKEN, digits)
        value = int(buf[i:digits], 16 if hexadecimal else 10)
        if value > 0x10FFFF or _not_char.match(chr(value)):
            self._fail(BAD_CHAR_REF, start)
        return digits + 1, chr(value)

    # Markup.

    def _markup(self, start):
        char = self._need(start + 1)
        if char == "?":
            return self._processing_instruction(start)
        if char == "!":
            return self._declaration(start)
        if char == "/":
            if self.phase != _CONTENT:
                self._fail(INVALID_TOKEN, start + 1)
            return self._end_tag(start)
        if _name_start.match(char):
            if self.phase == _EPILOG:
                self._fail(JUNK_AFTER_DOC_ELEMENT, start)
            return self._start_tag(start)
        self._fail(INVALID_TOKEN, start + 1)

    def _processing_instruction(self, start):
        buf = self.buf
        close = buf.find("?>", start + 2)
        if close < 0:
            raise _Incomplete
        end = self._name_end(start + 2)
        target = buf[start + 2:end]
        if target.lower() == "xml":
            if target != "xml":
                self._fail(INVALID_TOKEN, end)  # names starting "xml" in any case are reserved
            if self.consumed + start != 0:
                self._fail(MISPLACED_XML_PI, start)
            return close + 2  # the XML declaration: its encoding was seen by the byte decoder
        if end < close and buf[end] not in " \t\r\n":
            self._fail(INVALID_TOKEN, end)
        self.handler.pi(target, buf[end:close].lstrip(" \t\r\n"))
        return close + 2

    def _declaration(self, start):
        buf = self.buf
        for opening in ("<!--", "<![CDATA[", "<!DOCTYPE"):
            if opening.startswith(buf[start:start + len(opening)]) and len(buf) - start < len(opening):
                raise _Incomplete
        if buf.startswith("<!--", start):
            close = buf.find("--", start + 4)
            if close < 0 or len(buf) < close + 3:
                raise _Incomplete
            if buf[close + 2] != ">":
                self._fail(INVALID_TOKEN, close + 2)  # "--" may only end a comment
            self.handler.comment(buf[start + 4:close])
            return close + 3
        if buf.startswith("<![CDATA[", start) and self.phase == _CONTENT:
            close = buf.find("]]>", start + 9)
            if close < 0:
                if self.final:
                    self._fail(UNCLOSED_CDATA_SECTION, len(buf))
                raise _Incomplete
            text = buf[start + 9:close]
            if text:
                self.cdata(text.replace("\r\n", "\n").replace("\r", "\n"))
            return close + 3
        if buf.startswith("<!DOCTYPE", start) and self.phase == _PROLOG:
            return self._doctype(start)
        self._fail(INVALID_TOKEN, start + 2)

    def _doctype(self, start):
        """Skip <!DOCTYPE ...>, keeping the internal subset's general entities (their text only)."""
        buf = self.buf
        i = start + 9
        quote = None
        subset = None
        while True:
            char = self._need(i)
            if quote:
                if char == quote:
                    quote = None
            elif char in "\"'":
                quote = char
            elif char == "[":
                subset = i + 1
            elif char == "]" and subset is not None:
                for match in _entity_decl.finditer(buf, subset, i):
                    self.entities.setdefault(match.group(1), match.group(2) or match.group(3) or "")
            elif char == ">" and (subset is None or buf.rfind("]", subset, i) >= 0):
                return i + 1
            i += 1

    def _start_tag(self, start):
        buf = self.buf
        name_end = self._name_end(start + 1)
        self._check_qname(start + 1, name_end)
        attributes = []
        i = name_end
        while True:
            k = self._skip_space(i)
            char = buf[k]
            if char == ">":
                end, empty = k + 1, False
                break
            if char == "/":
                if self._need(k + 1) != ">":
                    self._fail(INVALID_TOKEN, k + 1)
                end, empty = k + 2, True
                break
            if k == i:
                self._fail(INVALID_TOKEN, k)
            i = self._attribute(k, attributes)
        self._open(start, buf[start + 1:name_end], attributes)
        if empty:
            self._close()
        return end

    def _check_qname(self, start, end):
        # A namespace-aware parser allows one colon, with a name on either side.
        colon = self.buf.find(":", start, end)
        if colon < 0:
            return
        if colon == start:
            self._fail(INVALID_TOKEN, colon)
        if colon == end - 1:
            self._fail(INVALID_TOKEN, end)
        second = self.buf.find(":", colon + 1, end)
        if second >= 0:
            self._fail(INVALID_TOKEN, second)

    def _attribute(self, start, attributes):
        """Read name="value" at start into attributes; returns the index after its closing quote."""
        buf = self.buf
        name_end = self._name_end(start)
        self._check_qname(start, name_end)
        equals = self._skip_space(name_end)
        if buf[equals] != "=":
            self._fail(INVALID_TOKEN, equals)
        quote_at = self._skip_space(equals + 1)
        quote = buf[quote_at]
        if quote not in "\"'":
            self._fail(INVALID_TOKEN, quote_at)
        close = buf.find(quote, quote_at + 1)
        if close < 0:
            raise _Incomplete
        name = buf[start:name_end]
        value = self._attribute_value(quote_at + 1, close)
        if any(name == other for other, _, _ in attributes):
            self._fail(DUPLICATE_ATTRIBUTE, start)
        attributes.append((name, value, start))
        return close + 1

    def _attribute_value(self, start, stop):
        # References are replaced; literal tabs and line ends become spaces (attribute normalization).
        buf = self.buf
        pieces = []
        i = start
        while i < stop:
            char = buf[i]
            if char == "&":
                i, replacement = self._reference(i)
                pieces.append(replacement)
                continue
            if char == "<" or _not_char.match(char):
                self._fail(INVALID_TOKEN, i)
            if char == "\r" and buf.startswith("\r\n", i):
                i += 1
            pieces.append(" " if char in "\t\n\r" else char)
            i += 1
        return "".join(pieces)

    def _open(self, start, name, attributes):
        declarations = {}
        plain = []
        for attr, value, _ in attributes:
            if attr == "xmlns":
                declarations[""] = value
            elif attr.startswith("xmlns:"):
                declarations[attr[6:]] = value
            else:
                plain.append((attr, value))
        self.namespaces.push(declarations)
        self.stack.append((name, declarations))
        self.phase = _CONTENT
        tag = self.namespaces.resolve(name, False)
        attrib = {}
        for attr, value in plain:
            key = self.namespaces.resolve(attr, True)
            if tag is None or key is None:
                self._fail(UNBOUND_PREFIX, start)
            attrib[key] = value
        if tag is None:
            self._fail(UNBOUND_PREFIX, start)
        for prefix, uri in declarations.items():
            self.handler.start_ns(prefix, uri)
        if self.expand_names:
            self.handler.start(tag, attrib)
        else:
            self.handler.start(name, {attr: value for attr, value, _ in attributes})

    def _end_tag(self, start):
        buf = self.buf
        name_end = self._name_end(start + 2)
        close = self._skip_space(name_end)
        if buf[close] != ">":
            self._fail(INVALID_TOKEN, close)
        if buf[start + 2:name_end] != self.stack[-1][0]:
            self._fail(TAG_MISMATCH, start + 2)
        self._close()
        return close + 1

    def _close(self):
        name, declarations = self.stack.pop()
        self.handler.end(self.namespaces.resolve(name, False) if self.expand_names else name)
        self.namespaces.pop()
        for prefix in declarations:
            self.handler.end_ns(prefix)
        if not self.stack:
            self.phase = _EPILOG
