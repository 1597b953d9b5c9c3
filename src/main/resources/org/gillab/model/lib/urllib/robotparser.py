"""urllib.robotparser for the GIL Lab model: reading robots.txt files, as CPython 3.11's does.

Mirrors CPython's Lib/urllib/robotparser.py. Written for the model from the documentation and
python3's observed behaviour, not copied. A robots.txt is a list of groups: one or more User-agent
lines, then Allow, Disallow, Crawl-delay and Request-rate lines; Sitemap lines may come anywhere. The
first group naming a crawler's agent decides for it, else the first group for '*'; inside a group the
first rule whose path is a prefix of the URL's path wins.
"""

import collections
import time
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

# what request_rate() answers: so many requests in so many seconds
RequestRate = collections.namedtuple("RequestRate", "requests seconds")


def _normalized(path):
    # both the rules and the URLs asked about are compared percent-encoded the one way quote() spells them
    return urllib.parse.quote(path)


class _Rule:
    """One Allow or Disallow line. An empty Disallow allows everything."""

    def __init__(self, path, allowed):
        self.allowed = allowed or path == ""
        self.path = _normalized(urllib.parse.urlunparse(urllib.parse.urlparse(path)))

    def matches(self, path):
        return self.path == "*" or path.startswith(self.path)

    def __str__(self):
        return "%s: %s" % ("Allow" if self.allowed else "Disallow", self.path)


class _Group:
    """The lines that follow one run of User-agent lines."""

    def __init__(self):
        self.agents = []
        self.rules = []
        self.delay = None
        self.rate = None

    def serves(self, useragent):
        # 'FigTree/1.0 (compatible)' is served by a group naming 'figtree' or any part of it
        product = useragent.split("/")[0].lower()
        return any(agent == "*" or agent.lower() in product for agent in self.agents)

    def allows(self, path):
        for rule in self.rules:
            if rule.matches(path):
                return rule.allowed
        return True

    def __str__(self):
        lines = ["User-agent: " + agent for agent in self.agents]
        if self.delay is not None:
            lines.append("Crawl-delay: %s" % self.delay)
        if self.rate is not None:
            lines.append("Request-rate: %s/%s" % self.rate)
        lines.extend(str(rule) for rule in self.rules)
        return "\n".join(lines)


class RobotFileParser:
    """The rules of one site's robots.txt: read() fetches it from the URL given, parse() takes its
    lines, and can_fetch(), crawl_delay() and request_rate() answer for a crawler's user agent."""

    def __init__(self, url=""):
        self.set_url(url)
        self.entries = []          # the groups for named agents, in the file's order
        self.default_entry = None  # the first group for '*'
        self.sitemaps = []
        # what read() concludes from a 401/403 (nothing may be fetched) or another 4xx (everything may)
        self.disallow_all = self.allow_all = False
        self.last_checked = 0      # when the rules were read; 0 until then

    def mtime(self):
        """When robots.txt was last read (time.time()), so that a long-running crawler can read it again."""
        return self.last_checked

    def modified(self):
        """Records now as the time robots.txt was read."""
        self.last_checked = time.time()

    def set_url(self, url):
        """Sets the robots.txt URL that read() fetches."""
        self.url = url
        parts = urllib.parse.urlparse(url)
        self.host = parts.netloc
        self.path = parts.path

    def read(self):
        """Fetches robots.txt from the URL and parses it."""
        try:
            response = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as error:
            # refused: assume everything is private; missing or otherwise wrong: nothing is
            if error.code in (401, 403):
                self.disallow_all = True
            elif 400 <= error.code < 500:
                self.allow_all = True
            return
        with response:
            text = response.read().decode("utf-8")
        self.parse(text.splitlines())

    def _add_group(self, group):
        if "*" not in group.agents:
            self.entries.append(group)
        elif self.default_entry is None:
            self.default_entry = group

    def parse(self, lines):
        """Reads the rules from the lines of a robots.txt; a User-agent line after rules starts a
        new group even without a blank line before it."""
        group = None      # the group being read
        has_rules = False  # whether it has had a line other than User-agent
        self.modified()
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if not line:
                # a blank line ends a group; one without rules is dropped
                if group is not None and has_rules:
                    self._add_group(group)
                group, has_rules = None, False
                continue
            field, colon, value = line.partition(":")
            if not colon:
                continue
            field = field.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if field == "sitemap":
                self.sitemaps.append(value)
            elif field == "user-agent":
                if has_rules:
                    self._add_group(group)
                    group, has_rules = None, False
                if group is None:
                    group = _Group()
                group.agents.append(value)
            elif group is not None and field in ("allow", "disallow"):
                group.rules.append(_Rule(value, field == "allow"))
                has_rules = True
            elif group is not None and field == "crawl-delay":
                if value.strip().isdigit():
                    group.delay = int(value)
                has_rules = True
            elif group is not None and field == "request-rate":
                requests, slash, seconds = value.partition("/")
                if slash and requests.strip().isdigit() and seconds.strip().isdigit():
                    group.rate = RequestRate(int(requests), int(seconds))
                has_rules = True
        if group is not None and has_rules:
            self._add_group(group)

    def _group_for(self, useragent):
        for group in self.entries:
            if group.serves(useragent):
                return group
        return self.default_entry

    def can_fetch(self, useragent, url):
        """Whether the rules let useragent fetch url (False until robots.txt has been read)."""
        if self.disallow_all or self.allow_all:
            # read() met a 4xx answer
            return not self.disallow_all
        if not self.last_checked:
            # nothing read yet: nothing may be fetched
            return False
        parts = urllib.parse.urlparse(urllib.parse.unquote(url))
        path = _normalized(urllib.parse.urlunparse(("", "") + tuple(parts[2:]))) or "/"
        group = self._group_for(useragent)
        return True if group is None else group.allows(path)

    def crawl_delay(self, useragent):
        if not self.mtime():
            return None
        group = self._group_for(useragent)
        return None if group is None else group.delay

    def request_rate(self, useragent):
        if not self.mtime():
            return None
        group = self._group_for(useragent)
        return None if group is None else group.rate

    def site_maps(self):
        return self.sitemaps or None

    def __str__(self):
        groups = self.entries + ([self.default_entry] if self.default_entry is not None else [])
        return "\n\n".join(str(group) for group in groups)
