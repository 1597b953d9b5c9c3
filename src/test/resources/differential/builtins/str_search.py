# str: find/rfind/index/rindex/count/startswith/endswith with start/end, tuples, and their errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s = "hello world, hello python"
for sub in ["hello", "o", "", "xyz", "python", "d, h"]:
    show("find " + sub, lambda: s.find(sub))
    show("rfind " + sub, lambda: s.rfind(sub))
    show("count " + sub, lambda: s.count(sub))
for args in [(0,), (1,), (-6,), (5, 20), (5, -5), (100,), (None, 5), (3, None), (-100, 100)]:
    show("find o %r" % (args,), lambda: s.find("o", *args))
    show("rfind o %r" % (args,), lambda: s.rfind("o", *args))
    show("count o %r" % (args,), lambda: s.count("o", *args))
    show("count '' %r" % (args,), lambda: s.count("", *args))
    show("startswith %r" % (args,), lambda: s.startswith(("hello", "world", "lo"), *args))
    show("endswith %r" % (args,), lambda: s.endswith(("python", "hello", "ld"), *args))
show("find empty past end", lambda: "abc".find("", 3))
show("find empty beyond", lambda: "abc".find("", 4))
show("startswith empty at len", lambda: "abc".startswith("", 3))
show("startswith empty beyond", lambda: "abc".startswith("", 4))
show("index found", lambda: s.index("world"))
show("index missing", lambda: s.index("nope"))
show("rindex missing", lambda: s.rindex("nope"))
show("rindex found", lambda: s.rindex("l", 0, 5))
show("find int", lambda: s.find(1))
show("find bad start", lambda: s.find("o", "x"))
show("find too many", lambda: s.find("o", 1, 2, 3))
show("find none", lambda: s.find())
show("find keyword", lambda: s.find(sub="o"))
show("count int", lambda: s.count(3))
show("startswith int", lambda: s.startswith(1))
show("startswith bad tuple", lambda: s.startswith(("h", 1)))
show("endswith none", lambda: s.endswith())
show("in", lambda: "lo w" in s)
show("in int", lambda: 1 in s)
show("contains", lambda: s.__contains__("py"))
# non-BMP text is indexed by code point
e = "a😀b😀c"
show("len", lambda: len(e))
show("find emoji", lambda: e.find("b"))
show("rfind emoji", lambda: e.rfind("😀"))
show("index slice", lambda: e[1:4])
show("index step", lambda: e[::2])
show("count emoji", lambda: e.count("😀"))
show("find emoji start", lambda: e.find("😀", 2))
