# urllib.request.Request's attributes and header methods, urllib.error's exceptions (an HTTPError
# is also a readable response), urllib.response's wrappers and the module-level helpers.
import io
import urllib.error
import urllib.request
import urllib.response
from urllib.request import Request

r = Request("http://Example.com:8080/a/b?x=1#frag", data=b"abc",
            headers={"x-foo": "bar", "CONTENT-type": "t"})
print(r.full_url, r.type, r.host, r.selector, r.data, r.fragment)
print(r.headers, r.unredirected_hdrs, r.origin_req_host, r.unverifiable)
print(r.get_method(), r.get_full_url(), hasattr(r, "method"), hasattr(r, "timeout"))
print(r.has_header("X-foo"), r.has_header("x-foo"), r.get_header("X-foo"), r.get_header("Nope", "dflt"))
r.add_header("accept", "x")
r.add_unredirected_header("user-agent", "y")
print(r.headers, r.unredirected_hdrs, r.header_items())
r.remove_header("Accept")
print(r.headers)
r.full_url = "http://other/"
print(r.host, r.selector, r.full_url, r.fragment)
r.add_header("Content-length", "3")
r.data = None
print(r.get_method(), r.headers)
r = Request("http://a", method="PUT")
print(r.get_method(), r.method, repr(r.selector))
for url in ["http://a?q=1", " <URL:http://a/b> ", "HTTP://a/b", "file:///tmp/x", "http://u:p@h:1/p",
            "http://h%41st/p", "http://"]:
    r = Request(url)
    print(repr(url), "->", r.type, repr(r.host), repr(r.selector), r.full_url, r.origin_req_host)
try:
    Request("nourl")
except ValueError as e:
    print("ValueError", e)
print(Request("http://a/", data={"a": 1}).data, Request("http://a/", data=b"").get_method())

# urllib.error
e = urllib.error.URLError("boom")
print(repr(e), str(e), e.args, e.reason, e.filename, e.errno, isinstance(e, OSError))
e = urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))
print(repr(e), str(e), type(e.reason).__name__)
e = urllib.error.URLError("x", "fname")
print(repr(e), e.filename, e.args)
h = urllib.error.HTTPError("http://x/", 404, "Not Found", {"A": "b"}, io.BytesIO(b"body"))
print(repr(h), str(h), h.args, h.code, h.msg, h.reason, h.hdrs, h.headers)
print(h.status, h.getcode(), h.geturl(), h.url, h.info(), h.filename)
print(h.read(), h.read(), isinstance(h, urllib.error.URLError), isinstance(h, urllib.response.addinfourl))
try:
    raise h
except urllib.error.URLError as caught:
    print("caught", caught)
h2 = urllib.error.HTTPError("http://x/", 500, "Err", None, None)
print(repr(h2), type(h2.fp).__name__, h2.read(), h2.headers)
h2.headers = {"new": "1"}
print(h2.hdrs)
c = urllib.error.ContentTooShortError("msg", b"content")
print(repr(c), str(c), c.content, c.args, c.reason)
print(urllib.error.__all__, urllib.response.__all__)

# urllib.response
a = urllib.response.addinfourl(io.BytesIO(b"a\nb\n"), {"h": 1}, "u", 200)
print(a.status, a.code, a.getcode(), a.url, a.geturl(), a.headers, a.info(), list(a), a.closed)
a.close()
print(a.closed)
with urllib.response.addinfourl(io.BytesIO(b"a\nb\n"), {}, "u") as b:
    print(b.readline(), b.read(), b.status)
print(b.closed, b.fp.closed)
try:
    with b:
        pass
except ValueError as e:
    print("ValueError", e)
closed = []
hooked = urllib.response.addclosehook(io.BytesIO(b"x"), closed.append, "hook ran")
hooked.close()
hooked.close()
print(closed)

# helpers
print(urllib.request.getproxies(), urllib.request.quote("a b/c"), urllib.request.unquote("a%20b"))
print(urllib.request.pathname2url("/a b/c"), urllib.request.url2pathname("/a%20b/c"))
print(urllib.request.quote is urllib.parse.quote, urllib.request.unquote is urllib.parse.unquote)
print(urllib.request.Request.__module__, urllib.request.OpenerDirector().addheaders)
print(urllib.request.HTTPErrorProcessor.handler_order, urllib.request.ProxyHandler.handler_order,
      urllib.request.BaseHandler.handler_order, urllib.request.HTTPRedirectHandler.max_repeats,
      urllib.request.HTTPRedirectHandler.max_redirections)
