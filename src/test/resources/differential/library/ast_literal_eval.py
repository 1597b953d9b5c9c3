"""ast.literal_eval: every literal and display it accepts, and its errors."""
import ast

GOOD = ["1", "-2", "+3.5", "1e3", "2j", "-1+2j", "3-4j", "+1.5-0.5j", "'s'", "b'b'", "u'u'", "'a' 'b'",
        "True", "None", "...", "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "{1, 2}", "set()", "{}",
        "{'a': 1, 2: [3]}", "  \t42", "\n[1,\n 2]\n", "0x10", "1_000", "-0.0", "(-(1))", "--1"]
for text in GOOD:
    try:
        value = ast.literal_eval(text)
        print(repr(text), '->', repr(value), type(value).__name__)
    except ValueError as e:
        print(repr(text), 'ValueError', e)

BAD = ["x", "1 + 2", "f()", "set([1])", "a.b", "[x for x in y]", "{**d}", "1 * 2j", "2j + 1",
       "-'s'", "not 1", "(1, y)", "{1: z}", "1 if 2 else 3", "'a' + 'b'", "lambda: 0", "1 < 2", "\n\nname",
       "-(1+2j)", "+True"]
for text in BAD:
    try:
        print(repr(text), '->', ast.literal_eval(text))
    except ValueError as e:
        print(repr(text), 'ValueError', str(e).split(' at 0x')[0])
for text in ["1 +", "(", "x = 1", " \n 1"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.msg, e.lineno)
    except ValueError as e:
        print(repr(text), 'ValueError', e)

# nodes, not only strings
print(ast.literal_eval(ast.parse("[1, 'two', (3.0,)]", mode="eval")))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.List([], ast.Load())], ast.Load())))
print(ast.literal_eval(ast.parse("{'k': -5}").body[0].value))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
try:
    ast.literal_eval(3)
except ValueError as e:
    print('ValueError', e)

# a config file of literals
config = """
name = 'demo'
ports = [8080, 8081]
limits = {'cpu': 1.5, 'memory': 2_048}
debug = False
"""
settings = {}
for line in config.strip().splitlines():
    key, _, value = line.partition('=')
    settings[key.strip()] = ast.literal_eval(value.strip())
print(settings)
