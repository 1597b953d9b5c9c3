# After an empty match, sre tries a longer match at the same place before moving on (3.7+), in findall,
# finditer, sub, subn and split alike.
import re

print(re.findall(r"^|\w+", "foo bar"), re.findall(r"\s*|\w", "a b"), [m.span() for m in re.finditer(r"|a", "aa")])
print(re.sub(r"\b|:", "|", "a:b"), re.sub("x*", "-", "abxd"), re.sub(r"(?=a)|a", "X", "aa"), re.subn(r"$|\n", "#", "a\nb\n"))
print(re.split(r"\b|(?=b)", "ab cd"), re.split(r"(?m)^$|x", "a\n\nbxc"), re.split(r"|(,)", "a,b"))
print(re.compile(r"|\d+").findall("ab12c3", 1, 5), re.sub(r"(?<=😀)|😀", "!", "a😀😀b"))
