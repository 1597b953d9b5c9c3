# xml.etree.ElementTree searching and incremental parsing: the ElementPath subset of find, findall,
# findtext and iterfind (with namespaces), iter and itertext, iterparse and XMLPullParser events,
# parse and write with files, encodings, parsing fed in pieces, custom targets and TreeBuilder options.
import xml.etree.ElementTree as ET, io, os, tempfile
doc = """<lib xmlns:b="urn:book" xmlns="urn:default">
  <shelf id="1" kind="fiction">
    <b:book lang="en"><title>Dune</title><year>1965</year></b:book>
    <b:book lang="fr"><title>Vol de nuit</title><year>1931</year></b:book>
    <magazine><title>Wired</title></magazine>
  </shelf>
  <shelf id="2">
    <b:book lang="en"><title>Emma</title><year>1815</year></b:book>
    <note/>
  </shelf>
</lib>"""
root = ET.fromstring(doc)
ns = {"b": "urn:book", "d": "urn:default"}
def show(label, res):
    if isinstance(res, list):
        print(label, [(e.tag, e.get("id") or e.get("lang") or e.text) for e in res])
    elif isinstance(res, ET.Element):
        print(label, res.tag, res.attrib)
    else:
        print(label, repr(res))
for path in ["d:shelf", "d:shelf/b:book", ".//b:book", ".//d:title", "d:shelf[@kind]", "d:shelf[@id='2']", 'd:shelf[@id="1"]/b:book[2]',
             "d:shelf/b:book[last()]", "d:shelf/b:book[last()-1]", "d:shelf[d:magazine]", ".//b:book[d:title='Emma']", ".//d:title[.='Dune']", "*", "*/*",
             ".//*[@lang='fr']", ".", "./d:shelf/..", ".//d:year/..", "d:shelf[1]", "d:shelf[2]/*", ".//{urn:book}book", ".//{*}title", "d:shelf[@id!='1']", "d:shelf/"]:
    show(path, root.findall(path, ns))
show("find", root.find("d:shelf/b:book", ns))
show("find none", root.find("nothing"))
show("findtext", root.findtext(".//d:title", namespaces=ns))
show("findtext default", root.findtext("nothing", "dflt"))
show("findtext empty", root.findtext(".//d:note", namespaces=ns))
show("iterfind", list(root.iterfind(".//b:book", ns)))
show("default ns", root.findall("shelf/magazine/title", {"": "urn:default"}))
for bad in ["/lib", "//x", "x:y", "d:shelf[0]", "d:shelf[@id=1]"]:
    try:
        show(bad, root.findall(bad, ns))
    except SyntaxError as e:
        print(bad, "SyntaxError", e)
print([e.tag for e in root.iter("{urn:book}book")], len(list(root.iter())), len(list(root.iter("*"))))
print(list(root.itertext())[:6])
r = ET.fromstring("<a><b><c/></b><b><c/><c/></b></a>")
print(len(r.findall(".//c")), len(r.findall("b/c")), len(r.findall("./b/c[1]")), r.find(".//c[2]") is r[1][1])

# iterparse and XMLPullParser
data = b"<?xml version='1.0' encoding='utf-8'?><r xmlns:p='u'><p:a x='1'>t<!--c--><?pi d?></p:a><b/></r>"
for events in [None, ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi")]:
    it = ET.iterparse(io.BytesIO(data), events)
    out = []
    for ev, el in it:
        out.append((ev, el if ev in ("start-ns", "end-ns") else (el.tag if isinstance(el.tag, str) else el.tag.__name__, el.text)))
    print(out, it.root.tag)
try:
    ET.XMLPullParser(["bad"])
except ValueError as e:
    print("ValueError", e)
p = ET.XMLPullParser(["start", "end"])
for chunk in ["<r><a", ">x</a><b", "/>", "</r>"]:
    p.feed(chunk)
    print(repr(chunk), [(ev, el.tag) for ev, el in p.read_events()])
p.close()
p = ET.XMLPullParser()
p.feed("<r><a></b>")
try:
    list(p.read_events())
except ET.ParseError as e:
    print("ParseError", e, e.position)
# parse from a file, write to a file
d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='utf-8'?>\n<r>\n  <é a='ü'>ß</é>\n</r>\n")
tree = ET.parse(path)
print(tree.getroot().tag, tree.getroot()[0].tag, tree.getroot()[0].attrib, tree.find("é").text)
tree.write(path + "2")
print(open(path + "2", "rb").read())
tree.write(path + "3", encoding="utf-8", xml_declaration=True)
print(open(path + "3", "rb").read())
tree.write(path + "4", encoding="unicode")
print(open(path + "4", encoding="utf-8").read())
print([(ev, el.tag) for ev, el in ET.iterparse(path, ("start", "end"))])
with open(path, "rb") as f:
    print(ET.parse(f).getroot().tag)
try:
    ET.parse(io.BytesIO(b"<a>\n<b>\n</a>"))
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
print(ET.fromstring("<a>x</a>".encode("utf-8")).text, ET.fromstringlist(["<a>", "y", "</a>"]).text)
for chunked in [["<a>&am", "p;</a>"], ["<a x='1", "'/>"], ["<a><![CDA", "TA[z]]></a>"], ["<a>h\u00e9".encode()[:-1], "<a>h\u00e9".encode()[-1:] + b"</a>"]]:
    parser = ET.XMLParser()
    for c in chunked:
        parser.feed(c)
    r = parser.close()
    print(r.tag, r.attrib, r.text)
class Target:
    def start(self, tag, attrib): print("start", tag, attrib)
    def end(self, tag): print("end", tag)
    def data(self, data): print("data", repr(data))
    def comment(self, text): print("comment", repr(text))
    def close(self): return "closed"
print(ET.XMLParser(target=Target()).feed("<a>x<!--y--><b/></a>") if False else "")
tp = ET.XMLParser(target=Target()); tp.feed("<a>x<!--y--><b k='v'/>\n</a>"); print(tp.close())
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tp = ET.XMLParser(target=tb); tp.feed("<a>x<!--y-->z<?p q?>w</a>"); r = tp.close()
print(ET.tostring(r), [c.tag is ET.Comment for c in r], r.text, [c.tail for c in r])
import shutil; shutil.rmtree(d)
