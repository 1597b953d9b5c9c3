# xml.etree.ElementTree parsing: what fromstring accepts (namespaces, CDATA, references, line ends,
# attribute normalization, DOCTYPE with internal entities) and what it refuses, with expat's ParseError
# message, code and position.
import xml.etree.ElementTree as ET
for s in ["<a><b></a>", "<a>", "", "   ", "<a>&foo;</a>", "<a x='1' x='2'/>", "<a><</a>", "<a/><b/>", "<a>x</a>y", "text", "<a b=1/>", "<a b='<'/>",
          "<?xml version='1.0'?>\n<a/>", "\n<?xml version='1.0'?><a/>", "<a>&#0;</a>", "<a>&#x110000;</a>", "<a>&#65</a>", "<p:a/>", "<a xmlns:p='u'><p:b/></a>", "<a:b:c/>",
          "<!-- c --><a/>", "<a><!-- c --></a", "<a>]]></a>", "<a><![CDATA[x<y]]></a>", "<a\n b='1'\n><c></d></a>", "<1a/>", "<a></a >", "</a>", "<a b='1'c='2'/>", "<a b></a>",
          "<!DOCTYPE a><a/>", "<a>\x01</a>", "<a>&amp;&lt;&gt;&quot;&apos;</a>", "<a b='&#10;x&#9;\ny\tz'/>", "<a>\r\nx\ry</a>", "<a xmlns='d'><b/></a>", "<a><b/>t<c/>u</a>"]:
    try:
        e = ET.fromstring(s)
        print(repr(s), "OK", ET.tostring(e), repr(e.text), repr(e.tail))
    except ET.ParseError as x:
        print(repr(s), "ERR", x, x.position, x.code)
for s in ["<a", "<a b='x", "<a><b", "<a>text", "<a>&amp", "<a><!--x", "<a><![CDATA[x", "<!--x", "<a>x</a", "<a>x</", "<?xml", "<a><?pi", "<a>&#", "<a>&#x41;&#65;</a>", "<a>&</a>", "<a>& </a>", "<a>&#xZ;</a>", "<a x:y='1'/>", "<a xmlns:x='u' x:y='1' y='2'/>", "<a><b:c/></a>",
  "<a xml:lang='en'/>", "<a xmlns:x='u'><x:b x:c='1' xmlns:x='v'/></a>", "<a>x<!DOCTYPE a></a>", "<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;</a>", "<a>\n  <b>\n</c>", "<a\tb = '1' />", "<a b='1' / >", "<?pi x?><a/><!--c--><?q?>  ", "<a>x</b>", "<a/ >", "<a>\u00e9\U0001F600</a>", "<é/>", "<a-b.c_d/>", "<-a/>"]:
    try:
        e = ET.fromstring(s)
        print(repr(s), "OK", ET.tostring(e, encoding='unicode'), e.attrib)
    except ET.ParseError as x:
        print(repr(s), "ERR", x, x.code)
