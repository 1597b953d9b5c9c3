# compile(..., "single") as the REPL and doctest use it: every expression statement at the top level of
# the statement, also inside for, while, if, with and try, passes its value to sys.displayhook; those
# in a def or class body do not; a leading string is displayed, not stored as __doc__. Simple statements
# on one logical line (after ';') are one interactive statement; more lines than that are a SyntaxError.
import sys

shown = []


def hook(value):
    shown.append(value)
    sys.__displayhook__(value)


def single(source, env):
    exec(compile(source, "<single>", "single"), env)


env = {}
single("1 + 1\n", env)
single("'a string'\n", env)
single("None\n", env)
single("for i in range(3):\n    i * 10\n", env)
single("if True:\n    'yes'\nelse:\n    'no'\n", env)
single("while env_n() < 2:\n    env_n()\n", {"env_n": iter([0, 1, 2, 5]).__next__})
single("try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'\nfinally:\n    'finally'\n", env)
single("def f():\n    'not shown'\n    42\n", env)
single("class C:\n    'doc'\n    7\n", env)
print(env["f"](), env["C"].__doc__, "__doc__" in env)
single("[x for x in range(2)]\n", env)
single("x = 5\n", env)
single("x\n", env)
print(env["_"] if "_" in env else "no _ in env", _)

sys.displayhook = hook
single("for w in 'ab':\n    w\n", env)
single("with open(__file__) as handle:\n    handle.closed\n", {"__file__": __file__})
sys.displayhook = sys.__displayhook__
print(shown)

single("print('one'); 'two'; y = 3; y\n", env)
single("z = (1,\n     2); z\n", env)
for source in ["1\n2\n", "x = 1;\ny = 2\n", "x = (1,\n 2); y = 3\ny\n", "if 1:\n    2\n3\n", "1 +\n"]:
    try:
        single(source, env)
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset)
