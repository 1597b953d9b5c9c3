# Which error wins when the parser fails on one line and the tokenizer on a later one: CPython's tokenizer
# runs as the parser reads, then looks on through the text, and an error it raises there replaces the
# parser's, except an unexpected indent. A stray ASCII character is no tokenizer error: the parser fails at it.
SOURCES = [
    'print "hi"\nz = $\n', '\tx = 1\n        y = 2\n', '  x = 1\ny = "abc\n', 'if x\n    pass\ny = "abc\n',
    'x = = 1\ny = "abc\n', 'class A\n    pass\nz = 1_\n', 'x = 1 ! 2\n', 'f(a, $)\n', 'x = [1, 2 $ 3]\n',
    'def f(:\n    pass\ny = 0777\n', 'x = `1`\n', 'for x in y:\npass\nz = "\n', 'x = (1,\n\ny = """\n',
]
for source in SOURCES:
    try:
        compile(source, "s", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.args)
