# Verbose mode: spaces and comments between items, but a ? after a space is a repeat of its own (multiple repeat).
import re
for pat, s, fl in [(r"a{1, 3}", "a{1,3}", re.X), (r"a {2}", "aa", re.X), (r"a\ {2}", "a  ", re.X), (r"[a b]+", "a b", re.X), (r"a#b", "a", re.X),
                   (r"(?x) a (?-x: b c) d", "a b cd", 0), (r"(?x)a(?#c)b", "ab", 0), (r"a + b", "aab", re.X), (r"\d +", "12", re.X),
                   (r"x * ?", "xx", re.X), (r"(?x)[#]x", "#x", 0), (r"a|b # alt", "b", re.X), ("a\\\nb", "a\nb", re.X)]:
    try:
        m = re.search(pat, s, fl)
        print(repr(pat), m and m.group())
    except re.error as e:
        print(repr(pat), "error", e)
