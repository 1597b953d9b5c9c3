# html.parser on odd and malformed markup, with convert_charrefs on and off: bare '<' and '&', references
# at the end of input, unquoted values with slashes, sloppy end tags, marked sections, script/style ends.
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s, **k):
        super().__init__(**k); s.ev = []
    def handle_starttag(s,t,a): s.ev.append(('s',t,a))
    def handle_endtag(s,t): s.ev.append(('e',t))
    def handle_data(s,d): s.ev.append(('d',d))
    def handle_comment(s,d): s.ev.append(('c',d))
    def handle_decl(s,d): s.ev.append(('decl',d))
    def handle_pi(s,d): s.ev.append(('pi',d))
    def unknown_decl(s,d): s.ev.append(('u',d))
    def handle_charref(s,d): s.ev.append(('cr',d))
    def handle_entityref(s,d): s.ev.append(('er',d))
docs = ["<a href=x/>t</a>", "<a b=c/d>", "<p =x>", "<a b='1'/c>", "<!doctype html>", "<!DOCTYPE", "<a\x00b>", "<p\ta\n=\n1>", "<img src=a.png alt=\"x\"/>", "&#x110000; &#99999999999;",
        "<a href='&quot;&#39;&unknown;&amp'>", "< a>", "<3", "a<b", "<!---->x<!-- -- -->", "<![if x]>y<![endif]>", "</a b c>", "</ a>", "</3>", "<p>&ampx &amp;x &#38x</p>",
        "<script>x</script", "<style></style >", "<SCRIPT>a</script>", "<title>a<b></title>", "<textarea><p></textarea>", "<p a=\"1\"b='2'>", "x&", "x&#", "x&#x", "&a", "<p>&nbsp</p>"]
for d in docs:
    for k in (True, False):
        p = P(convert_charrefs=k)
        try:
            p.feed(d); p.close()
        except Exception as e:
            p.ev.append((type(e).__name__, str(e)))
        print(repr(d), k, p.ev)
