# xml.etree.ElementTree building and writing: Element, SubElement, Comment, PI, tostring with its
# encodings, declarations, methods and short empty elements, escaping, namespaces and prefixes, indent,
# dump, ElementTree.write, and the errors of Element's methods.
import xml.etree.ElementTree as ET, sys, io
e = ET.Element('a', {'x': '1'}, y='2'); print(e.attrib, e.tag, e.text, e.tail, len(e))
s = ET.SubElement(e, 'b', z='<&">\n\t\r'); s.text = 'hé & <x>'; s.tail = 't'
print(ET.tostring(e)); print(ET.tostring(e, encoding='unicode')); print(ET.tostring(e, encoding='utf-8')); print(ET.tostring(e, encoding='iso-8859-1'))
print(ET.tostring(e, encoding='unicode', xml_declaration=True)); print(ET.tostring(e, xml_declaration=True))
print(ET.tostring(e, short_empty_elements=False)); print(ET.tostring(e, method='text')); print(ET.tostring(e, method='html'))
for bad in [lambda: e.append(1), lambda: e.remove(ET.Element('q')), lambda: ET.Element('a', 'x'), lambda: e[5], lambda: ET.indent(e, level=-1), lambda: ET.register_namespace('ns1', 'u'), lambda: e.find('/a'), lambda: e.insert(0, 'x'), lambda: e.extend([1]), lambda: ET.tostring(e, method='foo')]:
    try: print(bad())
    except Exception as x: print(type(x).__name__, x)
c = ET.Comment('hi'); p = ET.PI('tgt', 'data'); e.append(c); e.append(p); print(ET.tostring(e), c.tag is ET.Comment, p.tag is ET.PI)
ET.dump(e)
r = ET.fromstring('<r><a><b/><b>x</b></a><c/></r>'); ET.indent(r); print(ET.tostring(r, encoding='unicode'))
ET.indent(r, space='\t', level=1); print(ET.tostring(r, encoding='unicode'))
t = ET.ElementTree(r); b = io.BytesIO(); t.write(b); print(b.getvalue()); b = io.BytesIO(); t.write(b, encoding='utf-8', xml_declaration=True); print(b.getvalue())
s = io.StringIO(); t.write(s, encoding='unicode'); print(repr(s.getvalue()))
print(repr(ET.Element("x")).startswith("<Element 'x' at 0x"), type(e).__name__, bool(ET.Element('x')))
q = ET.Element('{http://www.w3.org/1999/xhtml}p', {'{u}k': 'v'}); print(ET.tostring(q)); print(ET.tostring(q, default_namespace='http://www.w3.org/1999/xhtml') if False else '')
ET.register_namespace('my', 'u'); print(ET.tostring(q))
