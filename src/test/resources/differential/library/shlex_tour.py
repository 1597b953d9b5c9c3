# shlex: split (posix, non-posix, comments), quote and join, and the shlex class: quotes, escapes, comments,
# punctuation_chars, whitespace_split, pushed tokens and sources, line numbers, and CPython's errors.
import shlex, io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def _ws(lex):
    lex.whitespace_split = True
    return lex


cases = ['a b c', 'foo "bar baz" qux', "it's 'quoted here'", 'a\\ b "c\\"d" \'e\\f\'', 'x=1 # comment', '',
         '   ', '""', "''", 'a"b"c', 'a#b', 'echo $HOME;ls|wc -l', '"unterminated', 'trailing\\', 'çà é',
         'a\tb\nc', '"a\\\\b" "a\\$b"', "multi\nline 'q\nq'"]
for c in cases:
    show("split", lambda: shlex.split(c))
    show("split-c", lambda: shlex.split(c, comments=True))
    show("split-np", lambda: shlex.split(c, posix=False))
    show("lex", lambda: list(shlex.shlex(c)))
    show("lex-posix", lambda: list(shlex.shlex(c, posix=True)))
    show("punct", lambda: list(shlex.shlex(c, punctuation_chars=True)))
    show("punct-ws", lambda: list(_ws(shlex.shlex(c, posix=True, punctuation_chars=True))))

for s in ["", "abc", "a b", "it's", "$x", "a@b%c+d=e:f,g./-h", "tab\there", "ünï"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["echo", "hello world", "it's", ""]))
lex = shlex.shlex("a && b || (c; d) >> e", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("one two\nthree", infile="f.txt")
print(lex.get_token(), lex.lineno, lex.error_leader())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex = shlex.shlex("x", posix=True)
print(lex.get_token(), lex.get_token(), lex.eof, lex.wordchars[-5:])
lex = shlex.shlex(io.StringIO("from file 'ok'"), posix=True)
lex.push_source("pushed source")
print(list(lex))
lex = shlex.shlex("a;b", punctuation_chars=";")
print(list(lex), "~" in lex.wordchars)
