"""xml.dom.minidom: a small DOM (documents, elements, attributes, text, CDATA, comments, PIs).

Written for GIL Lab from CPython 3.11's documentation and python3 experiments: parseString and parse
build the same nodes as CPython's expat builder (adjacent text in one Text node, CDATA sections and
comments kept, the DOCTYPE dropped), and toxml, toprettyxml and writexml write what CPython writes.
The model has no expat: documents are read by xml.etree._scanner and errors are ExpatError.
"""

import io
from xml.dom import Node, NotFoundErr
from xml.etree import _scanner
from xml.parsers.expat import ExpatError

__all__ = ['parse', 'parseString', 'Document', 'Element', 'Text', 'Comment', 'Node']


def _write_data(writer, data):
    writer.write(data.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;"))


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""

    @property
    def length(self):
        return len(self)

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None


class _Node(Node):
    """What every node has: its parent, children and owner document, and writing itself out."""

    parentNode = None
    ownerDocument = None
    nodeValue = None
    attributes = None

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        if self.parentNode is None:
            return None
        siblings = self.parentNode.childNodes
        i = next(k for k, node in enumerate(siblings) if node is self) + step
        return siblings[i] if 0 <= i < len(siblings) else None

    @property
    def previousSibling(self):
        return self._sibling(-1)

    @property
    def nextSibling(self):
        return self._sibling(1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def appendChild(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        self.childNodes.insert(self._index(refChild), newChild)
        newChild.parentNode = self
        return newChild

    def removeChild(self, oldChild):
        del self.childNodes[self._index(oldChild)]
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        self.insertBefore(newChild, oldChild)
        return self.removeChild(oldChild)

    def _index(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        raise NotFoundErr()

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        return text if encoding is None else text.encode(encoding, "xmlcharrefreplace")

    def unlink(self):
        for child in self.childNodes:
            child.unlink()
        self.parentNode = None
        self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def __bool__(self):
        return True


def _elements_by_tag_name(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _elements_by_tag_name(node, name, found)
    return found


class Attr(Node):
    """An attribute: name and value (nodeValue too)."""

    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, name, value=""):
        self.name = self.nodeName = name
        self.value = value
        self.prefix, colon, local = name.rpartition(":")
        self.localName = local
        self.prefix = self.prefix or None

    @property
    def nodeValue(self):
        return self.value

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)


class NamedNodeMap:
    """An element's attributes by name, in the order they were set."""

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        values = list(self._attrs.values())
        return values[index] if 0 <= index < len(values) else None

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs


class Element(_Node):
    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName):
        super().__init__()
        self.tagName = self.nodeName = tagName
        self._attrs = {}
        prefix, colon, local = tagName.rpartition(":")
        self.prefix = prefix or None
        self.localName = local

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def getAttribute(self, name):
        attr = self._attrs.get(name)
        return attr.value if attr is not None else ""

    def setAttribute(self, name, value):
        attr = self._attrs.get(name)
        if attr is None:
            self._attrs[name] = Attr(name, value)
        else:
            attr.value = value

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr() from None

    def hasAttribute(self, name):
        return name in self._attrs

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def getElementsByTagName(self, name):
        return _elements_by_tag_name(self, name, NodeList())

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        if not self.childNodes:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            # A lone text child stays on the element's line, without indentation.
            self.childNodes[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for node in self.childNodes:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))


class _CharacterData(_Node):
    def __init__(self, data):
        super().__init__()
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], "..." if len(data) > 10 else "")


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_CharacterData):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        super().__init__(data)
        self.target = self.nodeName = target

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _owned(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._owned(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._owned(Text(data))

    def createCDATASection(self, data):
        return self._owned(CDATASection(data))

    def createComment(self, data):
        return self._owned(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._owned(ProcessingInstruction(target, data))

    def createAttribute(self, name):
        return Attr(name)

    def getElementsByTagName(self, name):
        return _elements_by_tag_name(self, name, NodeList())

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class _Builder:
    """Builds a Document from the scanner's reports, as CPython's expat builder does."""

    def __init__(self):
        self.document = Document()
        self.current = self.document

    def start(self, name, attrs):
        element = self.document.createElement(name)
        for attr, value in attrs.items():
            element.setAttribute(attr, value)
        self.current.appendChild(element)
        self.current = element

    def end(self, name):
        self.current = self.current.parentNode

    def data(self, text):
        last = self.current.lastChild
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + text
        elif self.current is not self.document:
            self.current.appendChild(self.document.createTextNode(text))

    def cdata(self, text):
        self.current.appendChild(self.document.createCDATASection(text))

    def comment(self, text):
        self.current.appendChild(self.document.createComment(text))

    def pi(self, target, text):
        self.current.appendChild(self.document.createProcessingInstruction(target, text))

    def start_ns(self, prefix, uri):
        pass

    def end_ns(self, prefix):
        pass


def parseString(string, parser=None):
    """The Document of the XML in string (str or bytes)."""
    builder = _Builder()
    scanner = _scanner.XMLScanner(builder, expand_names=False)
    try:
        scanner.feed(string)
        scanner.close()
    except _scanner.XMLSyntaxError as e:
        error = e
    else:
        return builder.document
    # Nodes point to their parents: without unlink() the half-built document would be a reference cycle,
    # which the model (having no cycle collector) would never free.
    builder.document.unlink()
    err = ExpatError("%s: line %d, column %d" % (_scanner.MESSAGES[error.code], error.line, error.column))
    err.code = error.code
    err.lineno = error.line
    err.offset = error.column
    raise err


def parse(file, parser=None, bufsize=None):
    """The Document of the XML in file, a file name or a binary file object."""
    if hasattr(file, "read"):
        return parseString(file.read())
    with open(file, "rb") as f:
        return parseString(f.read())


def getDOMImplementation(features=None):
    return _Implementation()


class _Implementation:
    def createDocument(self, namespaceURI, qualifiedName, doctype):
        document = Document()
        if qualifiedName:
            document.appendChild(document.createElement(qualifiedName))
        return document
