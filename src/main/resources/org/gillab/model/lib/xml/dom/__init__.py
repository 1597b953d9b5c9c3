"""xml.dom: the Node type constants of the DOM (see xml.dom.minidom for the implementation)."""


class Node:
    """The DOM's node types, as numbers."""
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


EMPTY_NAMESPACE = None
EMPTY_PREFIX = None
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"


class DOMException(Exception):
    """An error of a DOM operation; code is the DOM's exception code."""


class NotFoundErr(DOMException):
    code = 8
