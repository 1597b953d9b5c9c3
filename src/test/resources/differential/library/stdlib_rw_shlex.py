# shlex's sourcing: the source keyword reading another file (quoted, relative to the sourcing file),
# returning to the first at its end; error_leader with and without arguments; quote and join edge cases.
import os
import shlex
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "inner.txt"), "w") as f:
        f.write("inner1 inner2\n")
    with open(os.path.join(d, "outer.txt"), "w") as f:
        f.write('a source "inner.txt" b\nsource inner.txt c')
    with open(os.path.join(d, "outer.txt")) as f:
        lex = shlex.shlex(f, infile=os.path.join(d, "outer.txt"))
        lex.source = "source"
        lex.whitespace_split = True
        tokens = []
        for token in lex:
            tokens.append((token, lex.lineno, lex.error_leader().replace(d, "D")))
        print(tokens)
    print(lex.error_leader("x.cfg", 7), lex.filestack, lex.infile.replace(d, "D"))
lex = shlex.shlex("one two", posix=True)
lex.push_source("three", "three.txt")
print(list(lex), lex.error_leader(), lex.eof)
print([shlex.quote(s) for s in ["", "plain", "a b", "it's", "$x", "a@b%c+d=e:f,g./h-i", "é"]])
print(shlex.join(["echo", "a b", ""]), shlex.split("a 'b c' # d", comments=True), shlex.split("x\\ y"))
print(shlex.shlex("a;b", punctuation_chars=True).punctuation_chars, list(shlex.shlex("a && b|c", punctuation_chars="&|")))
