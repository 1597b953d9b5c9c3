# Pattern and Match as objects: equality and hash by pattern and flags, copy and pickle, re.Pattern[str],
# a read-only groupindex, no instances made by hand, group lookups by index or name.
import copy
import pickle
import re

p = re.compile(r"(?P<k>\w+)=(?P<v>\d+)", re.I)
print(p == re.compile(r"(?P<k>\w+)=(?P<v>\d+)", re.I), p != re.compile(r"(?P<k>\w+)=(?P<v>\d+)"), p == "x",
      hash(p) == hash(re.compile(r"(?P<k>\w+)=(?P<v>\d+)", re.I)), re.compile(b"a") == re.compile("a"), len({p, copy.copy(p)}))
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p, pickle.dumps(re.compile("a")))
print(re.Pattern[str], re.Match[bytes], type(p), type(p.match("a=1")), p.groupindex, type(p.groupindex).__name__)
m = p.match("a=1")


def set_group_index():
    p.groupindex["z"] = 1


print(copy.copy(m) is m, copy.deepcopy(m) is m, m[True], m[0], m["v"])
for f in [set_group_index, lambda: m[1:], lambda: m[[1]], lambda: m[1.0], lambda: m[-1], lambda: len(m),
          lambda: re.Pattern(), lambda: re.Match(), lambda: p < p, lambda: type("P", (re.Pattern,), {})]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
