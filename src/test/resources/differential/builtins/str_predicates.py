# str: the is* predicates over ASCII and Unicode samples
samples = ["", "abc", "ABC", "Abc", "Abc Def", "ABC def", "aBC", "123", "١٢٣", "²³", "½", "一二三", "Ⅻ",
           "abc123", "abc 123", " \t\n", "\xa0\u2003", "\x85", "\u200b", "_name", "1name", "name1", "na me",
           "é", "Ǆ", "ǅ", "ǆ", "ß", "ΣΣ", "hello!", "\x7f", "tab\there", "\u2028", "😀", "a😀", "ABC1", "ᾼ"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), " ".join(p[2:] + "=" + ("1" if getattr(s, p)() else "0") for p in preds))
try:
    "a".isalpha(1)
except TypeError as e:
    print(e)
