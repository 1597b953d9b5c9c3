# A match's repr shows at most 50 characters of the matched text's repr; Match methods' argument errors.
import re

print(repr(re.match(".*", "x" * 100)), re.match(".+", "é" * 60), re.match(b".+", b"\x00\xff" * 30))
m = re.search(r"(?P<w>\w+)", "  hello world")
for f in [lambda: m.start(1, 2), lambda: m.span(0, 1), lambda: m.end(group=1), lambda: m.expand(), lambda: m.expand(template=r"<\1>"),
          lambda: m.group(default=1), lambda: m.groups(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
