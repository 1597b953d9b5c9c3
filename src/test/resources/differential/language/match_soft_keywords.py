"""match and case are soft keywords: names, calls, subscripts, annotations, loop targets; captures into globals and nonlocals."""
class Box:
    pass
match = Box()
match.x = 5
print(match.x)
match = [1, 2, 3]
match[0] = 10
print(match[0], match[1:])
def match(*args):
    return args
print(match(1, 2))
match(3)
match (4)
case = 7
_ = 8
print(case, _)
match(x := 9)
print(x)
match, case = 1, 2
print(match, case)
match: int = 3
print(match)
for match in range(2):
    print("loop", match)
case = {"case": "match"}
match case:
    case {"case": match}:
        print("matched", match)
match -case["case"].__len__():
    case -5:
        print("negative five")
match 1, 2,:
    case (1, 2):
        print("trailing comma tuple")
def uses_names(match, case):
    match match:
        case [case, *_]:
            return case
    return match
print(uses_names([4, 5], None))
print([match for match in "ab"])
global_capture = None
def capture_global(v):
    global global_capture
    match v:
        case [global_capture]:
            pass
capture_global([42])
print(global_capture)
def capture_nonlocal():
    value = 0
    def inner(v):
        nonlocal value
        match v:
            case {"v": value}:
                pass
    inner({"v": 3})
    return value
print(capture_nonlocal())
