# OrderedDict and defaultdict are C types in CPython: a traceback through their methods shows no
# frame of theirs (the model's Python versions hide theirs), only the caller's and the user's code.
import collections
import traceback

def failing_factory():
    raise RuntimeError('factory failed')

ordered = collections.OrderedDict(a=1)
cases = [
    lambda: collections.OrderedDict().popitem(),
    lambda: ordered.move_to_end('missing'),
    lambda: ordered.update([1]),
    lambda: collections.OrderedDict.fromkeys(5),
    lambda: collections.defaultdict(failing_factory)['key'],
    lambda: collections.defaultdict(1),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()

class BrokenMapping:
    def keys(self):
        return ['k']
    def __getitem__(self, key):
        raise LookupError(key)

try:
    collections.OrderedDict(BrokenMapping())
except LookupError:
    traceback.print_exc()
print(collections.OrderedDict([('a', 1), ['b', 2]]), collections.OrderedDict({'c': 3}))
