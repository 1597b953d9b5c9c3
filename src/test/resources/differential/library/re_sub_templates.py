# re.sub's replacement as pattern_subx takes it: group references and their errors, octal escapes, a literal,
# a function returning None, a template of the other type (failing only when joined), negative counts.
import re

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)")
for t in [r"\g<last>, \g<first>", r"\2 \1", r"\g<0>!", r"\g<nope>", r"\g<3>", r"\3", r"\g<>", r"\g<1", r"\g<", r"\g",
          r"\g<a b>", r"\g<-1>", r"\q", r"\n\t\\", "\\", r"\0", r"\012x", r"\101\1010", r"\18", r"\400", r"\777"]:
    try:
        print(repr(t), "->", repr(p.sub(t, "John Smith")))
    except (re.error, IndexError) as e:
        print(repr(t), "->", type(e).__name__, e, getattr(e, "pos", ""))

print(re.sub("a", lambda m: None, "bab"), re.subn("a", "x", "aaa", -1), re.sub("(a)|b", r"[\1]", "ab"))
print(re.sub(b"(a)", rb"<\1>", b"cat"), re.sub(b"a", bytearray(b"A"), b"banana", 2), re.escape(bytearray(b"a.b")))
print(re.sub("a", b"x", "b"), re.sub("(a)", b"\\1", "a"), re.compile(re.compile("a"), 0), re.compile("a", True).flags)
for bad in [lambda: re.sub("a", b"x", "ba"), lambda: re.sub("(a)", b"\\1<", "a"), lambda: re.sub("(a)|b", b"\\1<", "b"),
            lambda: re.sub(b"a", "x", b"ca"), lambda: re.sub("a", 5, "b"), lambda: re.sub("a", lambda m: 5, "a"),
            lambda: re.sub(b"(a)", bytearray(b"\\1"), b"a"), lambda: re.match("(a)", "a").expand(b"\\1!"),
            lambda: re.escape(5), lambda: re.compile("a", flags="x"), lambda: re.compile(re.compile("a"), re.I)]:
    try:
        print("ok:", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
