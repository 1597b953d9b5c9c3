# re's flags are RegexFlag members shown as re.NAME (pattern.flags stays an int); Match.regs holds every span.
import re

print(re.I, re.I | re.M, repr(re.S), str(re.X), f"{re.A}", type(re.I).__name__, isinstance(re.I, int))
print(re.IGNORECASE is re.I, re.I.value, (re.I | re.M).name, re.NOFLAG, re.RegexFlag(2), re.I | 1024)
print(list(re.RegexFlag)[:4], re.U, re.M & re.M, int(re.DOTALL))
p = re.compile(r"(?P<key>\w+)\s*=\s*(\d+)?", re.I | re.M)
print(p.flags, type(p.flags).__name__, p)
m = p.search("  width = 640")
print(m.regs, p.search("depth =").regs)
print(re.compile(b"x", re.I).flags, re.compile("(?x) a b").flags)
