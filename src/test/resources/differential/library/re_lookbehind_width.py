# A look-behind must be fixed-width in 3.11 (Java accepts a bounded one); a backreference has its group's width.
import re

print(re.findall(r"(?<=ab|cd)e", "abe cde xe"), re.sub(r"(?<!\d{3})x", "_", "12x 123x"), re.search(r"(?<=(a))\1", "xaa"))
print(re.findall(r"(?<=[$€]\d\d)\.\d+", "$12.50 €99.99 7.1"))
for bad in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!a*)b", r"(?<=a{1,2})b", r"(?<=(a|bc))d", r"(?<=x(?=y+))z",
            r"(?<=a+)(b", r"(a)(?<=\1+)", r"(?<=(a)\1)b", r"(a\1)"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiles")
    except re.error as e:
        print(repr(bad), "->", e, "|", e.pos)
