# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options
import textwrap

text = ("The Global Interpreter Lock lets one thread at a time run Python bytecode; a thread that "
        "blocks in I/O releases it, so threads that wait overlap while CPU-bound ones take turns. "
        "Well-known work-arounds: multiprocessing, C extensions -- and free-threaded builds.  Really!")

for width in (10, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10, break_long_words=False))
print(textwrap.wrap("a well-behaved hyphenated-word list of self-evident pre-processing", 12))
print(textwrap.wrap("a well-behaved hyphenated-word list", 12, break_on_hyphens=False))
print(textwrap.wrap("long-hyphenated-words-that-go-on-and-on", 8))
print(textwrap.wrap("tabs\there\tand\nnewlines\n\nhere", 12))
print(textwrap.wrap("tabs\there", 30, expand_tabs=False), textwrap.wrap("tabs\there", 30, tabsize=4))
print(textwrap.wrap("keep\nnewlines  here", 40, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.fill("One sentence. Another one! A third? \"Quoted.\" End", 80, fix_sentence_endings=True))
print(textwrap.wrap("em--dash and 3--4 and x---y and --lead", 6))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 60))
for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print(e)
try:
    textwrap.wrap("some words", 4, max_lines=1, placeholder="[.......]")
except ValueError as e:
    print(e)

w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text[:120]))
w.width = 15
print(w.fill("changed width after making the wrapper"))

block = """
    def f():
        return 1

\t
    # done
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent(" \ta\n \tb")), repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("   \n  x\n   \n")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "+ ")))
print(repr(textwrap.indent("one\ntwo\n", "  ", lambda line: "t" in line)))
print(repr(textwrap.indent("a\r\nb\rc", "> ")))
