# xml.etree.ElementTree on an Atom feed: namespaced find/findtext, serialization with ns0 prefixes,
# default_namespace and register_namespace, iterparse with clear() on a large document, slice
# assignment, copy and deepcopy, keys/items as lists, QName, tostringlist.
import xml.etree.ElementTree as ET, io
atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <title type="text">Example &amp; Co</title>
  <entry><title>One</title><link href="http://x/1" rel="alternate"/><media:thumbnail url="t1.png"/></entry>
  <entry><title>Two</title><link href="http://x/2"/></entry>
</feed>"""
root = ET.fromstring(atom.encode())
ns = {"a": "http://www.w3.org/2005/Atom", "media": "http://search.yahoo.com/mrss/"}
for e in root.findall("a:entry", ns):
    print(e.findtext("a:title", namespaces=ns), e.find("a:link", ns).get("href"), e.find("media:thumbnail", ns) is not None)
print(ET.tostring(root, encoding="unicode")[:200])
print(ET.tostring(ET.fromstring("<a xmlns='u'><b/></a>"), encoding="unicode", default_namespace="u"))
try:
    ET.tostring(ET.Element("x"), default_namespace="u")
except ValueError as e:
    print("ValueError", e)
ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
print(ET.tostring(root[1], encoding="unicode"))
t = ET.ElementTree(ET.fromstring("<a><b>1</b></a>"))
print(t.find("b").text, [x.tag for x in t.findall("./b")], len(list(t.iter())), t.findtext("b"))
big = "<r>" + "".join("<i n='%d'>%d</i>" % (i, i) for i in range(3000)) + "</r>"
total = 0
for ev, el in ET.iterparse(io.BytesIO(big.encode())):
    if el.tag == "i":
        total += int(el.text)
        el.clear()
print(total)
e = ET.Element("a"); e.text = "x"; c = ET.SubElement(e, "b"); e[0:1] = [ET.Element("c"), ET.Element("d")]; del e[0]; print(ET.tostring(e), len(e), [x.tag for x in e], e.keys(), list(e.items()))
import copy
d = copy.deepcopy(e); d[0].tag = "z"; print(e[0].tag, d[0].tag, copy.copy(e)[0] is e[0])
print(ET.iselement(e), ET.iselement("x"), ET.tostringlist(e), ET.QName("u", "t"), ET.QName("{u}t").text)
