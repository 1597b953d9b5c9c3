# urllib.robotparser: parsing robots.txt, which agent's entry applies, rule order, delays, rates and
# sitemaps, and read() from a threaded HTTP server with its 4xx answers
import threading
import urllib.robotparser
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

ROBOTS = """\
# a comment line
User-agent: FigTree   # with a comment
User-agent: Badbot
Disallow: /tmp/
Allow: /tmp/ok.html
Crawl-delay: 3
Request-rate: 9/30

User-agent: *
Allow: /private/open
Disallow: /private
Disallow: /a%3cd.html
Disallow: /~joe/index.html
Disallow: /cgi-bin/*.cgi
Crawl-delay: nope
Request-rate: 1/x
Sitemap: http://example.com/sitemap1.xml

User-agent: Lonely

User-agent: Opener
Disallow:

User-agent: *
Disallow: /
Sitemap: http://example.com/sitemap2.xml
Disallow: /never
"""

parser = urllib.robotparser.RobotFileParser()
print(parser.mtime(), parser.can_fetch('*', 'http://example.com/'), parser.crawl_delay('*'), parser.site_maps())
parser.parse(ROBOTS.splitlines())
print(parser.mtime() > 0)
checks = [
    ('FigTree/1.0', '/tmp/x'), ('figtree', '/tmp/ok.html'), ('Mozilla FigTree', '/tmp/x'), ('BadBot', '/tmp'),
    ('Badbot/2 (compatible)', 'http://example.com/tmp/a?b=1'), ('Fig', '/tmp/x'),
    ('Other', '/private'), ('Other', '/private/open/x'), ('Other', '/privateer'), ('Other', '/a<d.html'),
    ('Other', '/a%3Cd.html'), ('Other', '/%7Ejoe/index.html'), ('Other', '/~joe/index.html'),
    ('Other', '/cgi-bin/x.cgi'), ('Other', 'http://example.com'), ('Other', ''), ('Lonely', '/private'),
    ('Opener', '/private'), ('Other', 'http://example.com/private;params?q#frag'),
]
for agent, url in checks:
    print(agent, repr(url), parser.can_fetch(agent, url))
for agent in ('FigTree', 'Other', 'Opener'):
    print(agent, parser.crawl_delay(agent), parser.request_rate(agent))
rate = parser.request_rate('figtree')
print(rate.requests, rate.seconds, type(rate).__name__, parser.site_maps())
print(str(parser))
print('--')

empty = urllib.robotparser.RobotFileParser('http://example.com/robots.txt')
empty.parse([])
print(empty.can_fetch('x', '/anything'), empty.crawl_delay('x'), empty.request_rate('x'), empty.site_maps(), repr(str(empty)))
print(empty.url, empty.host, empty.path)
empty.set_url('https://other.org:8080/deep/robots.txt?x')
print(empty.host, empty.path)
empty.modified()
print(empty.mtime() > 0)

ANSWERS = {'/robots.txt': (200, b'User-agent: *\nDisallow: /secret\n'), '/forbidden/robots.txt': (403, b''),
           '/gone/robots.txt': (404, b''), '/auth/robots.txt': (401, b'')}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status, body = ANSWERS[self.path]
        self.send_response(status)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = False  # server_close() joins the handler threads: none is left running
threading.Thread(target=server.serve_forever, daemon=True).start()
base = 'http://127.0.0.1:%d' % server.server_address[1]
for path in ANSWERS:
    robots = urllib.robotparser.RobotFileParser(base + path)
    robots.read()
    print(path, robots.can_fetch('bot', base + '/secret'), robots.can_fetch('bot', base + '/public'),
          robots.disallow_all, robots.allow_all)
server.shutdown()
server.server_close()
