"""match statements: tracebacks from value patterns, __eq__, a mapping's get, __len__, guards and subjects; nested matches; a match in try/finally."""
import traceback
class Color:
    RED = 1

class Eq:
    def __eq__(self, other):
        raise ValueError("eq")

class BadGet(dict):
    def get(self, key, default=None):
        raise KeyError("get " + repr(key))

class BadLen(list):
    def __len__(self):
        raise RuntimeError("len")

def run(fn, v):
    try:
        print(fn(v))
    except Exception:
        traceback.print_exc()

def values(v):
    match v:
        case Color.RED:
            return "red"
        case Color.BLUE:
            return "blue"

def eq(v):
    match v:
        case [1, 2]:
            return "list"
        case 5 | 6:
            return "num"

def guard(v):
    match v:
        case [x] if x / 0:
            return x

def get(v):
    match v:
        case {"a": 1}:
            return "a"

def length(v):
    match v:
        case [_, _]:
            return "two"

def subject(v):
    match v[10]:
        case _:
            return "never"

def nested(v):
    match v:
        case {"items": [first, *_]} if first > 0:
            match first:
                case 1:
                    return "one"
                case _:
                    return f"first {first}"
        case {"items": []}:
            return "empty"
    return "no match"

def in_try(v):
    try:
        match v:
            case int(x, y):
                return "never"
    except TypeError as e:
        return f"caught {e}"
    finally:
        print("finally")

run(values, 1)
run(values, 2)
run(eq, Eq())
run(eq, [Eq(), 2])
run(guard, [3])
run(get, BadGet(a=1))
run(length, BadLen([1, 2]))
run(subject, [])
run(nested, {"items": [1, 2]})
run(nested, {"items": [5]})
run(nested, {"items": []})
run(nested, {"items": [-1]})
run(in_try, 3)
