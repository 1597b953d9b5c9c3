# compile() with __future__.annotations.compiler_flag keeps annotations as strings, in "exec" and
# "single" mode, as doctest compiles the examples of a module that imports it; without the flag (and with
# dont_inherit) they are evaluated.
import __future__

flag = __future__.annotations.compiler_flag
print(hex(flag))

for mode in ("exec", "single"):
    env = {}
    exec(compile("def f(x: Missing) -> Other: pass\n", "<flagged>", mode, flag, True), env)
    print(mode, env["f"].__annotations__)
    try:
        exec(compile("def g(x: Missing): pass\n", "<plain>", mode, 0, True), env)
    except NameError as e:
        print(mode, "NameError:", e)
    env.clear()  # f's globals hold f: a cycle the model, without a cycle collector, would not free

env = {}
exec(compile("class C:\n    a: Missing\n    b: int = 1\n", "<flagged>", "exec", flag, True), env)
print(env["C"].__annotations__, env["C"].b)
exec(compile("x: Missing = 2\n", "<flagged>", "single", flag, True), env)
print(env["__annotations__"], env["x"])
env.clear()
