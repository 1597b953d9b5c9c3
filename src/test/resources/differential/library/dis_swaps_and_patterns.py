# dis of the swap idiom and of match statements, as 3.11's optimizer leaves them: a, b = b, a builds no
# tuple and needs no SWAP in a function (the stores are exchanged instead), but keeps one at module level,
# where two names are stored with the same local twice, or an attribute is a target; a run of SWAPs
# becomes the fewest; a None pattern is one POP_JUMP_IF_NOT_NONE; a mapping pattern's keys are a constant
# folded after the others.
import dis


def swap(a, b):
    a, b = b, a
    x, y, z = a, b, 1
    return a, b, x, y, z


def not_static(x, y, z, box):
    a, b, a = x, y, z
    y, box.attr = x, y
    (p, q), r = (x, y), 1
    return a, b, y, p, q, r


def loop_swap(pairs):
    for a, b in pairs:
        b, a = a, b
        yield a, b


def matcher(cmd):
    match cmd:
        case {"x": x, **rest}:
            return x, rest
        case [a, b, *c]:
            return a, b, c
        case (1 as p) | (2 as p):
            return p
        case None:
            return "none"
        case True:
            return "true"


def tests(x):
    if x is None:
        return 0
    if x is not None and x:
        return 1
    return 2


for function in (swap, not_static, loop_swap, matcher, tests):
    print("===", function.__name__)
    dis.dis(function)
print("=== module")
dis.dis(compile("a, b = b, a\nc, d, e = e, d, c\n", "<module>", "exec"))

# the rewritten code binds what the source says
box = type("Box", (), {})()
print(swap(1, 2), not_static(1, 2, 3, box), box.attr, list(loop_swap([(1, 2), (3, 4)])))
print([matcher(v) for v in ({"x": 1, "y": 2}, [1, 2, 3, 4], 2, None, True, 3.5)])
print([tests(v) for v in (None, 5, 0)])
a, b = "A", "B"
a, b = b, a
print(a, b, matcher.__code__.co_consts)
