# html.parser: HTMLParser's callbacks, in order and with their arguments, on well-formed and malformed
# HTML, fed whole, in chunks and one character at a time; convert_charrefs on and off; script/style
# content; attributes (unquoted, without value, references, case); getpos and get_starttag_text; close.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def merged(events):
    # Chunked feeding may split text differently; the tags around it must not change.
    out = []
    for e in events:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e[:2] if e[0] in ("start", "end") else e)
    return out


def run(doc, step=None, **kw):
    p = Recorder(**kw)
    try:
        if step is None:
            p.feed(doc)
        else:
            for k in range(0, len(doc), step):
                p.feed(doc[k:k + step])
        p.close()
    except Exception as e:
        p.events.append(("error", type(e).__name__, str(e)))
    return p.events


DOCS = [
    "<!DOCTYPE html><html><head><title>T &amp; co</title></head><body><p class=x>Hi</p></body></html>",
    '<a href="/x?a=1&amp;b=2" target=_blank data-x=\'q"q\' hidden>link</a>',
    "<IMG SRC=pic.png ALT='A &lt; B'/><br/><br />",
    "<p>one\ntwo\n<b>three</b>\n</p>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><p>after</p>",
    "<style>p > a { color: red }</STYLE>done",
    "<script>a</scriptx>b</script >",
    "<!-- a comment --><!--x--><!---->",
    "<?xml version='1.0'?><?php echo 1 ?>",
    "<![CDATA[raw <b>]]><![if !IE]>x<![endif]>",
    "<!x><!DOCTYPE html PUBLIC \"-//W3C//DTD\">",
    "x &amp y &#39; &#x41; &#65 &unknown; &nbsp; &copy &",
    "<p>unclosed <b>bold <i>it</p>",
    "</>< p>< /p>a < b > c",
    "<a b='1' c=\"2\" d=3 e f=>x</a>",
    "<div id=main class = 'a b' >x</div id=5>",
    "<p<b>x</p>",
    "<a href=\"x\"  /  >t</a>",
    "<p>&lt;tag&gt; &quot;q&quot; &#128; &#0;</p>",
    "<br/ ><hr/x>",
    "text with no tags",
    "<p>unfinished <a href='x",
    "<!--never closed",
    "<div>x</div\n>",
    "<table><tr><td>1<td>2</table>",
    "<p>&#x1F600; &#xD800;</p>",
    "<a title='&amp;&lt;'>&amp</a>",
    "<script>never closed",
    "<p>a</p>&",
    "<p>a</p><",
    "&#;&#x;&#a",
    "<a\nhref='x'\n>y</a>",
]

for doc in DOCS:
    print(repr(doc))
    whole = run(doc)
    for e in whole:
        print("   ", e)
    raw = run(doc, convert_charrefs=False)
    if raw != whole:
        print("  raw:", raw)
    for step in (1, 3, 7):
        chunked = run(doc, step)
        if merged(chunked) != merged(whole):
            print("  step", step, chunked)

# The default handle_startendtag calls handle_starttag then handle_endtag.
class Plain(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)


Plain().feed("<br/><img src=a />")
p = Plain()
print(p.getpos(), p.get_starttag_text(), p.lasttag, p.convert_charrefs)
p.feed("<a>\n<b>")
print(p.getpos(), p.get_starttag_text(), p.lasttag)
p.reset()
print(p.getpos(), p.rawdata == "", p.lasttag)
p.feed("<p>part")
print(repr(p.rawdata))
p.close()
print(repr(p.rawdata))

# An unknown marked section is an error.
try:
    Recorder().feed("<![bogus[x]]>")
except AssertionError as e:
    print("AssertionError", e)
try:
    Recorder().feed("<![ x")
except AssertionError as e:
    print("AssertionError", e)
