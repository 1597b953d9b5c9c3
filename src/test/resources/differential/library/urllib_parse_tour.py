# urllib.parse: splitting, joining, quoting and query strings, as CPython 3.11 gives them.
import urllib
import urllib.parse as up
from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes,
                          urlencode, parse_qs, parse_qsl)


def attempt(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


URLS = [
    "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
    "https://[::1]:443/path",
    "https://[fe80::1%25eth0]/x",
    "HTTP://example.com",
    "//host/path",
    "/just/a/path?x",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "example.com:80/path",
    "path:80",
    "  \x01http://ws.example/\tp\na\rth  ",
    "http://h/p;a;b?q#f#g",
    "tel:+1-816-555-1212;ext=1",
    "http://host?query",
    "http://host#frag?notquery",
    "",
    "?q",
    "#f",
    "http://u@h",
    "http://:pw@h:",
    "a1+-.:rest",
    "1a:rest",
]
for url in URLS:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print("  ", s)
    print("  ", p)
    print("  ", s.geturl(), "|", p.geturl(), "|", urlunsplit(s), "|", urlunparse(p))
    for attr in ("username", "password", "hostname", "port"):
        attempt("   " + attr, getattr, s, attr)

print(urlsplit("path", scheme="ftp"), urlparse("x#y", allow_fragments=False))
print(urlparse("http://a/b;c/d;e"), urlparse("ftp://a/b;c"), urlparse("x:y;z"))
for bad in ["http://[::1/x", "http://::1]/x", "http://[1.2.3.4]/", "http://[v1.x]/", "http://[vz.x]/",
            "http://[zz]/", "http://h:abc/", "http://h:99999/", "http://h:-1/", "http://h:١/"]:
    attempt(bad, lambda u: (urlsplit(u), urlsplit(u).port), bad)

# bytes in, bytes out
b = urlparse(b"http://User@Host:81/p;q?x=1#f")
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(type(b).__name__, type(urlsplit(b"x")).__name__, type(urldefrag(b"a#b")).__name__)
print(b.decode(), urlsplit("http://x/é").encode("utf-8"), urldefrag(b"a#b").decode())
attempt("mix", urljoin, "http://a/", b"b")
attempt("mix2", urlsplit, b"x", "http")
print(urlsplit(b"x", ""), urlunsplit((b"http", b"h", b"/p", b"", b"")))
attempt("bytes port", lambda: urlsplit(b"http://h:x/").port)
print(urlsplit("http://h/")._replace(netloc="g:1").geturl(), urlparse("http://h/")._replace(path="/q").geturl())
r = urlsplit("http://h/p")
print(r._fields, r._asdict(), tuple(r), r == ("http", "h", "/p", "", ""), r.scheme, r[1])
print(up.SplitResult("a", "b", "c", "d", "e"), up.ParseResult.__mro__[1].__name__)
print(urlunparse(("http", "", "p", "", "", "")), urlunsplit(("", "", "//x", "", "")),
      urlunsplit(("http", "", "//x", "", "")), urlunsplit(["mailto", "", "a@b", "", ""]))

# urljoin: RFC 3986 section 5.4's examples
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x",
            "g#s/../x", "http:g", "https:g", "//h2/x?y"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("mailto:a@b", "c"), urljoin("svn://a/b/", "c"),
      urljoin("http://a/b/", "c#d", allow_fragments=False), urljoin(b"http://a/b/c", b"../d"),
      urljoin("http://a", "b"), urljoin("http://a/b/c/", "../../../.."))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag("http://a/b;p?q#"),
      urldefrag("http://a/b#c").geturl(), urldefrag("x#").geturl())

# quoting
for text in ["abc def", "a/b c?d=e&f", "ünïcødé", "~_.-", "", "100%", "a+b"]:
    print(repr(text), quote(text), quote(text, safe=""), quote_plus(text), quote_plus(text, safe="/"))
print(quote("a b", safe=b"/ "), quote(b"\x00\xff a/"), quote_plus(b"a b+c"), quote("é", encoding="latin-1"),
      quote("é", encoding="ascii", errors="replace"), quote_plus("é ", encoding="latin-1"),
      quote(bytearray(b"a b")), quote_from_bytes(b"a\xffb", safe="\xff"), quote_from_bytes(b""),
      quote_from_bytes(b"a/b", safe=b"\xff/"))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"),
            lambda: quote(5), lambda: quote_from_bytes("x"), lambda: quote("é", encoding="ascii"),
            lambda: unquote(5), lambda: unquote_to_bytes(None), lambda: quote_plus(3)]:
    attempt("bad", bad)
for text in ["abc%20def", "%e2%82%ac", "%E2%82", "%zz%4", "%41%42%", "é%41", "a+b", "", "%ff%fe", "%2"]:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), unquote_to_bytes(text),
          repr(unquote(text, encoding="latin-1")), repr(unquote(text, errors="ignore")))
print(unquote(b"%41%e9"), unquote_to_bytes(b"a%2"), unquote_to_bytes(""), unquote("%e9", "latin-1"),
      unquote("%C3%A9", encoding=None, errors=None))

# query strings
print(urlencode({"a": 1, "b": "x y", "c": b"\xff&", b"d": [1, 2]}))
print(urlencode({"a": [1, 2], "b": "str", "c": b"by", "d": 5, "e": (3, b"4")}, doseq=True))
print(urlencode([("a", "1/2"), ("b", "é")], safe="/", encoding="latin-1"), urlencode([]), urlencode({}))
print(urlencode({"a": "x y/z"}, quote_via=quote), urlencode({"k": "v"}, doseq=True))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError", e, "| cause:", type(e.__cause__).__name__)
for qs in ["a=1&b=2&a=3", "a=&b", "a+b=c+d&%41=%42", "&&x=1&", "a=1;b=2", "=v&k=", "a=%zz=%e9"]:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"a=1&b=%41"), parse_qs(b"x=1&x=2"),
      parse_qsl("a=%e9", encoding="latin-1"), parse_qsl(""), parse_qs(""), parse_qsl(b""))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=1), dict(max_num_fields=2), dict(separator=""),
               dict(separator=None), dict(separator=5)]:
    attempt(str(kwargs), parse_qsl, "a=1&b", **kwargs)
attempt("strict blank", parse_qsl, "a=1&&b=2", strict_parsing=True)
attempt("strict ok", parse_qsl, "a=1&b=", strict_parsing=True)
print(sorted(up.__all__))
print(urllib.__name__, up.uses_netloc[:4], up.scheme_chars[-4:])
print([c.__name__ for c in up.ParseResult.__mro__[:4]], [c.__name__ for c in up.SplitResultBytes.__mro__[:3]])
print(up.SplitResult[str])
