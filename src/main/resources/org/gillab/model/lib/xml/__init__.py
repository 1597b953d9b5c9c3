"""xml: the XML packages of GIL Lab's model (xml.etree.ElementTree, xml.dom.minidom)."""
