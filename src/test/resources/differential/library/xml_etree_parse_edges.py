# xml.etree.ElementTree parsing, more edges: comments with '--', reserved PI targets, colons at the ends of
# names, bad characters after the root, a byte order mark, namespace undeclaring, CDATA and ']]' in text.
import xml.etree.ElementTree as ET
for s in ["<a>\t\n</a>", "<a><b/><!-- x -- y --></a>", "<a x='&#60;'/>", "<a x='&lt;&#x3C;'/>", "<a>&#x3C;b&#x3E;</a>", "<a><?xml-stylesheet href='x'?></a>", "<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>",
          "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a><?XML x?></a>", "<!DOCTYPE a SYSTEM 'a.dtd'><a/>", "<!DOCTYPE a [<!ELEMENT a (#PCDATA)>]><a>x</a>", "<a>x</a><!-- after --> ", "<a>x</a>\n\n<?pi?>",
          "<a xmlns:p='u'><p:b xmlns:p='v'/><p:c/></a>", "<a xmlns=''><b/></a>", "<a xmlns='u'><b xmlns=''/></a>", "<a b='1' c='&quot;'/>", "<a\nb\n=\n'1'/>", "<a>  <![CDATA[]]>  </a>", "<a>x]y]]z</a>",
          "<a>\u2028</a>", "<a>\U0001F600</a>", "<a\u00b7/>", "<_a/>", "<:a/>", "<a:/>", "<a><b></b></a  >", "<a/>\x00", "\ufeff<a/>", "<a>\x7f\x85</a>"]:
    try:
        e = ET.fromstring(s)
        print(repr(s), "OK", ET.tostring(e, encoding='unicode'), [(c.tag, c.attrib, c.text, c.tail) for c in e.iter()])
    except ET.ParseError as x:
        print(repr(s), "ERR", x, x.code)
