# html.parser and xml.etree.ElementTree in a scraper: worker threads feed a page to an HTMLParser in
# chunks and parse an RSS feed, each with parsers of its own; results come back in order.
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

PAGE = "".join("<div class='item'><a href='/p/%d?x=1&amp;y=2'>Item %d &copy;</a><img src=i%d.png/></div>\n" % (i, i, i) for i in range(200))
FEED = "<rss><channel>" + "".join("<item><title>T%d</title><link>http://x/%d</link></item>" % (i, i) for i in range(200)) + "</channel></rss>"

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])

def scrape(n):
    p = Links()
    for k in range(0, len(PAGE), 97):
        p.feed(PAGE[k:k + 97])
    p.close()
    root = ET.fromstring(FEED)
    return len(p.links), p.links[n], [i.findtext("title") for i in root.iter("item")][n]

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(scrape, range(8))))
