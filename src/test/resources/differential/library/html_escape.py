# html.escape and html.unescape: quotes, named references with and without semicolons (the longest
# prefix wins), numeric references (decimal, hex, Windows-1252, surrogates, out of range, forbidden
# code points), and html.entities' tables.
import html
import html.entities

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''), html.__all__)
cases = ["&amp;", "&lt;&gt;&quot;&apos;", "&amp", "&ampx", "&notin;", "&notit;", "&noti", "&not", "&copy2024",
         "&AElig;&AElig", "&nbsp;x", "&NotEqualTilde;", "&bogus;", "&;", "& amp;", "&&amp;", "&#65;&#x41;&#X41",
         "&#65", "&#0;", "&#13;", "&#128;&#x80;&#150;&#x9F;&#129;", "&#xD800;", "&#x110000;", "&#99999999999;",
         "&#1;&#11;&#127;&#xFFFE;&#x10FFFF;&#xFDD0;", "&#9;&#10;", "&#x1F600;", "&#;", "&#x;", "no refs",
         "&" + "a" * 40 + ";", "&acE;&fjlig;", "&lt&gt", "&LT;&GT", "&ThickSpace;", "&ltx", "&lang;&rang;"]
for case in cases:
    print(repr(case), repr(html.unescape(case)))
print(len(html.entities.html5), len(html.entities.name2codepoint), len(html.entities.codepoint2name),
      len(html.entities.entitydefs))
print(html.entities.name2codepoint["euro"], html.entities.codepoint2name[8364], repr(html.entities.entitydefs["euro"]),
      repr(html.entities.entitydefs["amp"]), html.entities.html5["amp"], repr(html.entities.html5["NotEqualTilde;"]))
print(list(html.entities.html5)[:5], list(html.entities.name2codepoint)[:5], html.entities.__all__)
print(sorted(n for n in vars(html.entities) if not n.startswith("__")))
