# PEP 572's limits on := in comprehensions (symtable.c): no rebinding an iteration variable, none in an
# iterable (nested scopes there included), none in a class body's comprehension. And what stays legal.
SOURCES = [
    "[x := 1 for x in y]", "[[(j := j) for i in range(5)] for j in range(5)]", "[i for i in (j := [1])]",
    "class C:\n    [(y := 1) for x in z]", "[(x := 1) for y in z for x in w]", "[x for x in y if (x := 1)]",
    "[(a := 1) for a, b in z]", "[(b := 1) for a, *b in z]", "{(k := 1): 1 for k in z}", "{(k := 1) for k in z}",
    "((k := 1) for k in z)", "def f():\n    [x for x in [(y := 2) for z in w]]", "[[x for x in (y := 1)] for z in w]",
    "[x for x in (lambda: (y := 1))()]", "[(i := 1) for i in range(3)]", "[o.a for o.a in z if (a := 1)]",
]
for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

data = [1, 5, 2, 8, 3]
print([y := x * 2 for x in data], y)
print(any((hit := x) > 4 for x in data), hit)
print([j for i in range(3) if (j := i * i) > 0], j)


def inner():
    total = [last := x for x in "abc"]
    return total, last


print(inner())
