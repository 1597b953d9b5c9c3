# html.entities' four tables as CPython has them: sizes, order, the HTML 4 angle brackets, unescape.
from html import entities as e
import html
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(list(e.html5.items())[:5], list(e.html5.items())[-3:])
print(list(e.name2codepoint.items())[:3], e.name2codepoint['lang'], e.codepoint2name[0x2329], e.entitydefs['amp'])
import hashlib
print(hashlib.sha256(repr(sorted(e.html5.items())).encode()).hexdigest()[:16])
print(hashlib.sha256(repr(list(e.name2codepoint.items())).encode()).hexdigest()[:16])
print(hashlib.sha256(repr(list(e.codepoint2name.items())).encode()).hexdigest()[:16])
print(hashlib.sha256(repr(list(e.entitydefs.items())).encode()).hexdigest()[:16])
print(html.unescape("&AElig &lang; &NotNestedGreaterGreater; &amp x &#x41;"), list(e.html5)[:3] == sorted(e.html5)[:3])
