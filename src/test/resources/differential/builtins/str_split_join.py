# str: split, rsplit, splitlines, partition, rpartition, join
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

texts = ["a b  c", "  leading and trailing  ", "a,b,,c,", "", " ", "one", "tab\tsep\nline\x0bvt\x1cfs\xa0nbsp", "a😀b😀c"]
for t in texts:
    show("split %r" % t, t.split)
    show("rsplit %r" % t, t.rsplit)
    for sep in [",", "b", "😀", None]:
        for m in [-1, 0, 1, 2]:
            show("split %r %r %d" % (t, sep, m), lambda: t.split(sep, m))
            show("rsplit %r %r %d" % (t, sep, m), lambda: t.rsplit(sep, m))
show("split kw", lambda: "a b c".split(maxsplit=1))
show("split kw sep", lambda: "a,b,c".split(sep=",", maxsplit=1))
show("split empty sep", lambda: "abc".split(""))
show("split int", lambda: "abc".split(1))
show("split bad kw", lambda: "abc".split(x=1))
show("split both", lambda: "abc".split(",", sep=","))
show("split three", lambda: "abc".split(",", 1, 2))
show("split bad max", lambda: "abc".split(",", "1"))
for t in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "no newline"]:
    show("splitlines %r" % t, t.splitlines)
    show("splitlines keep %r" % t, lambda: t.splitlines(True))
show("splitlines kw", lambda: "a\nb".splitlines(keepends=True))
for t in ["key=value=more", "novalue", "=start", "end="]:
    show("partition %r" % t, lambda: t.partition("="))
    show("rpartition %r" % t, lambda: t.rpartition("="))
show("partition empty", lambda: "abc".partition(""))
show("partition int", lambda: "abc".partition(1))
show("partition none", lambda: "abc".partition())
show("join list", lambda: ", ".join(["a", "b", "c"]))
show("join tuple", lambda: "-".join(("x",)))
show("join gen", lambda: "".join(str(i) for i in range(5)))
show("join empty", lambda: ",".join([]))
show("join dict", lambda: "+".join({"k1": 1, "k2": 2}))
show("join str", lambda: ".".join("abc"))
show("join int item", lambda: ",".join(["a", 2, "c"]))
show("join not iterable", lambda: ",".join(5))
show("join none", lambda: ",".join())
show("join two", lambda: ",".join(["a"], ["b"]))
show("join bytes", lambda: ",".join([b"a"]))
big = ["x"] * 10000
print(len("".join(big)), len(",".join(big)))
