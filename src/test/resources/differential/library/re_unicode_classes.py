# \w is str.isalnum() or _ (superscripts and fractions in, combining marks out), \s has \x1c-\x1f,
# \b and \B use those word characters in ASCII and bytes mode too, and a look-behind sees a non-BMP literal.
import re

text = "naïve x² ½ cafe\u0301 __ 42 \x1ctab\x1f end"
print(re.findall(r"\w+", text), re.findall(r"\w+", text, re.A))
print(re.findall(r"[^\W\d_]+", text), re.findall(r"[\W\d]+", "a1-b2"), re.findall(r"[^\S\n]+", "a \t\nb"))
print(re.split(r"\s+", "a\x1cb\x1dc d"), re.split(r"\s+", "a\x1cb d", flags=re.A), re.findall(r"[\s,]+", "a,\x1f b"))
print(re.findall(r"\b\w+\b", "héllo wörld", re.A), re.findall(rb"\b\w+\b", "héllo".encode("latin-1")))
print(re.sub(r"\b", "|", "ab, cd"), re.sub(r"\B", "-", "abc de"), re.findall(r"\B", ""), re.search(r"\B", "  "))
print(re.sub(r"(?<=😀)b", "B", "a😀b"), re.findall(r"(?<=[😀😂])\w", "😀x😂y😃z"), re.search(r"\U0001F600", "a😀").span())
