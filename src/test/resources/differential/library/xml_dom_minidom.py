# xml.dom.minidom basics: parseString and parse, documentElement, getElementsByTagName, attributes,
# firstChild.data and the other node properties, building with createElement/appendChild, removing and
# inserting, toxml and toprettyxml (with encoding), and ExpatError for bad XML. Documents stay referenced
# (nodes and parents make cycles, which the model does not collect).
from xml.dom import minidom
import xml.dom
doc = minidom.parseString("<?xml version='1.0'?><r a='1' b=\"x&amp;y\"><i n='1'>one</i><i n='2'>two &lt; three</i><!--c--><e/><![CDATA[cd<]]>tail</r>")
r = doc.documentElement
print(r.tagName, r.nodeName, r.nodeType, r.getAttribute('a'), repr(r.getAttribute('zz')), r.hasAttribute('b'), r.attributes.length, list(r.attributes.keys()), r.attributes['b'].value, r.attributes.items())
print([(i.getAttribute('n'), i.firstChild.data, i.firstChild.nodeType, i.childNodes[0].nodeValue) for i in doc.getElementsByTagName('i')])
print(doc.toxml()); print(r.toxml()); print(doc.toprettyxml()); print(doc.toprettyxml(indent=' ', newl='\n', encoding='utf-8'))
print([n.nodeType for n in r.childNodes], r.firstChild.tagName, r.lastChild.data, r.childNodes[2].data, r.parentNode is doc, doc.nodeType, doc.nodeName)
d = minidom.Document(); root = d.createElement('root'); d.appendChild(root); c = d.createElement('child'); c.setAttribute('k', 'v"<&>'); root.appendChild(c); c.appendChild(d.createTextNode('x<y')); root.appendChild(d.createComment('cm'))
print(d.toxml()); print(root.toprettyxml(indent='\t')); print(d.toxml(encoding='utf-8'))
print(repr(r)[:20], repr(r.firstChild.firstChild))
root.removeChild(c); print(d.toxml()); root.insertBefore(c, root.firstChild); print(d.toxml()); c.removeAttribute('k'); print(c.toxml())
print(c.hasChildNodes(), d.createElement('z').hasChildNodes(), c.childNodes.length, len(c.childNodes))
print(xml.dom.Node.ELEMENT_NODE, minidom.Node.TEXT_NODE)
try: minidom.parseString('<a><b></a>')
except Exception as e: print(type(e).__module__, type(e).__name__, e)
t = minidom.parseString('<a>\n  <b>x</b>\n  <c/>\n</a>'); print(repr(t.toprettyxml()))
print(r.getElementsByTagName('*').length if hasattr(r.getElementsByTagName('*'),'length') else len(r.getElementsByTagName('*')))
doc4 = minidom.parseString('<a xmlns="u" xmlns:p="v"><p:b p:x="1"/></a>')
print(doc4.toxml())
i1, i2 = doc.getElementsByTagName('i')
print(i1.nextSibling is i2, i2.previousSibling is i1, i1.previousSibling, r.nextSibling, i1.ownerDocument is doc)
doc2 = minidom.parseString(b"<?xml version='1.0' encoding='utf-8'?><a>\xc3\xa9</a>")
print(doc2.documentElement.firstChild.data)
import io
doc3 = minidom.parse(io.BytesIO(b"<a><b>1</b><b>2</b></a>"))
print(doc3.getElementsByTagName("b")[1].firstChild.data)
try:
    r.removeChild(d.createElement('nope'))
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", e.code)
try:
    minidom.parseString('<a>&x;</a>')
except minidom.ExpatError if hasattr(minidom, "ExpatError") else Exception as e:
    print(type(e).__name__, e, e.code, e.lineno, e.offset)
