# re's module functions are Python functions in CPython: wrong calls get a Python function's messages,
# while a compiled pattern's methods keep Argument Clinic's.
import re


def attempt(call):
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: re.findall(r"\d+"))
attempt(lambda: re.sub("a", "b"))
attempt(lambda: re.subn())
attempt(lambda: re.search("a", "cat", 0, 1))
attempt(lambda: re.split(",", "a,b,c", 1, 0, 9))
attempt(lambda: re.match("a", "abc", flag=re.I))
attempt(lambda: re.fullmatch("a", "a", string="a"))
attempt(lambda: re.compile())
attempt(lambda: re.compile("a", 0, 1))
attempt(lambda: re.escape())
attempt(lambda: re.purge(1))
attempt(lambda: re.sub("a", "b", "aaa", count=2))
attempt(lambda: re.subn("a", "b", "aaa", 1, re.I))
attempt(lambda: re.split(",", "a,b,c", maxsplit=1))
attempt(lambda: re.findall("A", "aA", flags=re.I))
attempt(lambda: re.search(pattern="b", string="abc").span())
attempt(lambda: re.compile("a").findall())
attempt(lambda: re.compile("a").sub("b"))
