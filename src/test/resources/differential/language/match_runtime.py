"""match statements at run time: __match_args__ errors, MATCH_CLASS and MATCH_KEYS errors, mappings' own get, collections.abc subclasses and registrations, an uncaught TypeError's traceback."""
import collections.abc, types

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class BadName:
    __match_args__ = (1,)

class Prop:
    __match_args__ = ("value", "missing")
    @property
    def value(self):
        return 42
    @property
    def missing(self):
        raise AttributeError("nope")

class Boom:
    @property
    def value(self):
        raise KeyError("boom")

class K:
    A = "a"
    B = "a"

def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

def too_many(v):
    match v:
        case Point(1, 2, 3):
            return "no"
    return "fell"

def no_args(v):
    match v:
        case NoArgs(x):
            return x
    return "fell"

def bad_args(v):
    match v:
        case BadArgs(x):
            return x
    return "fell"

def bad_name(v):
    match v:
        case BadName(x):
            return x
    return "fell"

def dup_attr(v):
    match v:
        case Point(1, x=2):
            return "no"
    return "fell"

def not_a_type(v):
    match v:
        case len():
            return "no"
    return "fell"

def prop(v):
    match v:
        case Prop(value):
            return value
    match v:
        case Prop(value, m):
            return ("both", value, m)
        case Prop(value=v2):
            return ("value only", v2)

def boom(v):
    match v:
        case Boom(value=1):
            return "no"
    return "fell"

def dup_key(v):
    match v:
        case {K.A: 1, K.B: 2}:
            return "no"
    return "fell"

def int_self(v):
    match v:
        case int(1, 2):
            return "no"

attempt("too many", Point(1, 2), too_many)
attempt("no args", NoArgs(), no_args)
attempt("no args other", 5, no_args)
attempt("bad args", BadArgs(), bad_args)
attempt("bad name", BadName(), bad_name)
attempt("dup attr", Point(1, 2), dup_attr)
attempt("not a type", 3, not_a_type)
attempt("prop", Prop(), prop)
attempt("boom", Boom(), boom)
attempt("dup key", {"a": 1}, dup_key)
attempt("int self", 1, int_self)

class Eq:
    def __eq__(self, other):
        raise ValueError("no comparing")
attempt("eq raises", Eq(), lambda v: [r for r in [1] if (lambda: None)] and describe_eq(v))
def describe_eq(v):
    match v:
        case 5:
            return "five"
    return "fell"
attempt("eq raises 2", Eq(), describe_eq)

# mappings: a Mapping subclass, a registered class, get() is the mapping's own
class Store(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        print("  getitem", key)
        return self.data[key]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
    def get(self, key, default=None):
        print("  get", key)
        return self.data.get(key, default)

class Registered:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
collections.abc.Sequence.register(Registered)

class RegisteredChild(Registered):
    pass

class LateMap:
    def get(self, key, default):
        return {"k": "v"}.get(key, default)
    def __len__(self):
        return 1
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return "v"
collections.abc.Mapping.register(LateMap)

class Both(dict, collections.abc.Sequence):
    pass

def shape(v):
    match v:
        case {"a": a, **rest}:
            return ("map", a, rest)
        case [first, *others]:
            return ("seq", first, others)
        case {"k": k}:
            return ("k", k)
        case _:
            return "other"

print(shape(Store({"a": 1, "b": 2})))
print(shape(Registered([1, 2, 3])))
print(shape(RegisteredChild([4, 5])))
print(shape(LateMap()))
print(shape(Both(a=1)))
print(shape("str"), shape(b"bytes"), shape(bytearray(b"ba")))
print(shape(memoryview(b"ab")))

import types
def proxy(v):
    match v:
        case {"a": a}:
            return ("proxy", a)
print(proxy(types.MappingProxyType({"a": 3})))

def f(p):
    match p:
        case Point(x=0, y=y):
            return y
        case Point(1, 2, 3):
            return "never"

print(f(Point(0, 7)))
f(Point(1, 2))
