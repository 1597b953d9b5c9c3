# A scoped (?a:...) makes \w, \d, \s ASCII inside it only; (?u:...) makes them Unicode in an ASCII pattern.
import re
print(re.findall(r"(?a:\w+)|\d", "héllo ٣"), re.findall(r"(?a:\d)", "٣3"), re.findall(r"(?u:\d+)", "٣3", re.A), re.findall(r"(?a:\s)", "\u3000 "))
print(re.findall(r"\w+(?a:\w+)\w", "ééabcé"), re.findall(r"[(?a:x)]", "a"), re.findall(r"(?a:[\w-]+)", "ab-é"), re.findall(r"(?a)\S+", "é\u3000b"))
print(re.findall(rb"\d+\s\w+", b"12 ab\xe9"), re.findall(r"\d+", "١٢٣ 45"), re.findall(r"\s+", "a\x1c\u3000b"))
