"""xml.etree.ElementTree: the Element tree of an XML document; parsing it and writing it back.

Written for GIL Lab from CPython 3.11's documentation and python3 experiments. The model has no expat:
XMLParser reads XML with xml.etree._scanner, which reports what expat reports (namespaced names as
"{uri}local", comments and processing instructions, which the default TreeBuilder leaves out) and
raises ParseError with expat's message, code and position. Error messages of Element's methods are
those of CPython's C accelerator, which python3 uses.
"""

import io
import sys
import re
from . import ElementPath
from . import _scanner

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent", "iselement",
    "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement", "tostring",
    "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """XML that is not well-formed: code is expat's error number, position its (line, column)."""


def iselement(element):
    """Whether element looks like an Element (has a tag)."""
    return hasattr(element, 'tag')


def _check_element(element, message):
    if not isinstance(element, Element):
        raise TypeError(message % type(element).__name__)


class Element:
    """An XML element: tag, attrib (a dict), text before its first child, tail after its end tag, and
    its children as a list-like sequence."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        elem.text = copy.deepcopy(self.text, memo)
        elem.tail = copy.deepcopy(self.tail, memo)
        elem._children = [copy.deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            elements = list(element)
            for e in elements:
                _check_element(e, 'expected an Element, not "%s"')
            self._children[index] = elements
        else:
            _check_element(element, 'expected an Element, not "%s"')
            try:
                self._children[index] = element
            except IndexError:
                raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        _check_element(subelement, "append() argument must be xml.etree.ElementTree.Element, not %s")
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for e in elements:
            _check_element(e, 'expected an Element, not "%s"')
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check_element(subelement, "insert() argument 2 must be xml.etree.ElementTree.Element, not %s")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_element(subelement, "remove() argument must be xml.etree.ElementTree.Element, not %s")
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        # Lists, as CPython's C Element returns (the pure-Python one returns views).
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and its descendants in document order; with tag, only those with that tag."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        """The text of this element and its descendants (with their tails), comments and PIs left out."""
        if not isinstance(self.tag, str) and self.tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    """A new element appended to parent."""
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element: written as <!--text-->."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element: written as <?target text?>."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, "{uri}local", or uri and local given apart."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)

    def __lt__(self, other):
        return self.text < (other.text if isinstance(other, QName) else other)


class ElementTree:
    """A document: its root element, with parse and write for whole files."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Read the document from a file name or a binary file object; returns its root."""
        close_source = not hasattr(source, "read")
        if close_source:
            source = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Write the document; encoding "unicode" writes str, any other bytes (us-ascii by default,
        with character references for what it cannot encode)."""
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        with _Writer(file_or_filename, encoding) as write:
            declared = "utf-8" if encoding.lower() == "unicode" else encoding
            if method == "xml" and (xml_declaration or (xml_declaration is None and encoding.lower() != "unicode"
                                                        and declared.lower() not in ("utf-8", "us-ascii"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _SERIALIZERS[method](write, self._root, qnames, namespaces, short_empty_elements)


class _Writer:
    """A write(str) function for a file name or a file object, encoding unless encoding is "unicode"."""

    def __init__(self, file, encoding):
        self.encoding = encoding
        self.opened = None
        if not hasattr(file, "write"):
            if encoding.lower() == "unicode":
                self.opened = file = open(file, "w", encoding="utf-8", errors="xmlcharrefreplace")
            else:
                self.opened = file = open(file, "wb")
        self.file = file

    def __enter__(self):
        if self.encoding.lower() == "unicode":
            return self.file.write
        encoding, file = self.encoding, self.file
        return lambda text: file.write(text.encode(encoding, "xmlcharrefreplace"))

    def __exit__(self, *exc):
        if self.opened is not None:
            self.opened.close()


# Serialization.

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Use prefix for uri when writing; the prefixes ns0, ns1... are the serializer's own."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    """The written name of every tag and attribute name, and the namespaces to declare: {uri: prefix}."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        if qname[:1] == "{":
            uri, local = qname[1:].rsplit("}", 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
    return qnames, namespaces


def _escape(text, replacements):
    try:
        for char, replacement in replacements:
            if char in text:
                text = text.replace(char, replacement)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


_CDATA = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIB = _CDATA + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_ATTRIB_HTML = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _start_tag(write, elem, tag, qnames, namespaces, escape_attrib):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape(uri, _ATTRIB)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        value = qnames[value.text] if isinstance(value, QName) else _escape(value, escape_attrib)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape(text, _CDATA))
            for child in elem:
                _serialize_xml(write, child, qnames, None, short_empty_elements)
        else:
            _start_tag(write, elem, tag, qnames, namespaces, _ATTRIB)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape(text, _CDATA))
                for child in elem:
                    _serialize_xml(write, child, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape(elem.tail, _CDATA))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
              "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements):
    # As XML, but void elements get no end tag, script and style text is raw, "<" in attributes stays.
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape(text, _CDATA))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape(text, _CDATA))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape(text, _CDATA))
            for child in elem:
                _serialize_html(write, child, qnames, None, short_empty_elements)
        else:
            _start_tag(write, elem, tag, qnames, namespaces, _ATTRIB_HTML)
            write(">")
            lower = tag.lower()
            if text:
                write(text if lower in ("script", "style") else _escape(text, _CDATA))
            for child in elem:
                _serialize_html(write, child, qnames, None, short_empty_elements)
            if lower not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape(elem.tail, _CDATA))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html, "text": _serialize_text}


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The element written as XML: bytes (us-ascii by default), or str with encoding="unicode"."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write the element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the subtree in place: each child on a line of its own, level deep, where text and tails
    are only white space."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if len(tree):
        _indent_children(tree, "\n" + level * space, space)


def _indent_children(elem, indentation, space):
    inner = indentation + space
    if not elem.text or not elem.text.strip():
        elem.text = inner
    for child in elem:
        if len(child):
            _indent_children(child, inner, space)
        if not child.tail or not child.tail.strip():
            child.tail = inner
    if not child.tail.strip():
        child.tail = indentation


# Parsing.

class TreeBuilder:
    """Builds elements from parser events: start, data, end, comment, pi; close() returns the root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []  # the open elements
        self._last = None  # the element whose text or tail the next data is
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class _TargetCalls:
    """What the scanner reports, passed on to the methods the target has (a target may lack some)."""

    def __init__(self, target):
        for name in ("start", "end", "data", "comment", "pi", "start_ns", "end_ns"):
            setattr(self, name, getattr(target, name, self._ignore))

    @staticmethod
    def _ignore(*args):
        pass


class XMLParser:
    """Feeds XML (str or bytes, in any pieces) to a target, by default a TreeBuilder; close() returns
    what the target's close() returns (the root element)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._scanner = _scanner.XMLScanner(_TargetCalls(self.target))

    def _run(self, action):
        try:
            action()
            return
        except _scanner.XMLSyntaxError as e:
            error = e
        message = "%s: line %d, column %d" % (_scanner.MESSAGES[error.code], error.line, error.column)
        err = ParseError(message)
        err.code = error.code
        err.position = (error.line, error.column)
        raise err

    def feed(self, data):
        self._run(lambda: self._scanner.feed(data))

    def close(self):
        self._run(self._scanner.close)
        close = getattr(self.target, "close", None)
        return close() if close is not None else None


def XML(text, parser=None):
    """The root element of the XML document in text (str or bytes)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def parse(source, parser=None):
    """An ElementTree of the document in source, a file name or a binary file object."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventTarget(TreeBuilder):
    """A TreeBuilder that also queues (event, value) pairs for the events asked for."""

    def __init__(self, events, queue):
        super().__init__()
        self._events = events
        self._queue = queue

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._events:
            self._queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._events:
            self._queue.append(("end", elem))
        return elem

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._events:
            self._queue.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._events:
            self._queue.append(("pi", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._events:
            self._queue.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._events:
            self._queue.append(("end-ns", None))


_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """A parser to feed without blocking: read_events() gives the (event, element) pairs seen so far."""

    def __init__(self, events=None, *, _parser=None):
        if events is None:
            events = ("end",)
        events = tuple(events)
        for event in events:
            if event not in _EVENTS:
                raise ValueError("unknown event %r" % event)
        self._events_queue = []
        self._target = _EventTarget(events, self._events_queue)
        self._parser = XMLParser(target=self._target)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def close(self):
        self._parser.close()
        self._parser = None

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def read_events(self):
        """The events since the last call, as an iterator that consumes them."""
        queue = self._events_queue
        while queue:
            event = queue.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    """iterparse's result: the events of a file as it is read; root is set once it has all been read."""

    def __init__(self, source, events, parser):
        self.root = None
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._events = self._generate()

    def _generate(self):
        try:
            while True:
                yield from self._pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                self._pull.feed(data)
            self.root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)


def iterparse(source, events=None, parser=None):
    """(event, element) pairs while reading source (a file name or binary file); events defaults to
    ("end",) and may also name "start", "start-ns", "end-ns", "comment" and "pi"."""
    return _IterParseIterator(source, events, parser)
