# profile (the pure-Python profiler's report): builtins as ":0(name)", the command as profile:0(cmd)
# called by profile:0(profiler), the stopping call as :0(setprofile), callers as plain counts;
# timings vary, so every number in a time column is masked
import profile, pstats, io, re, sys

def mask(text):
    return re.sub(r"\d+\.\d{3}", "0.000", text)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def helper(n):
    return [len("ab") for i in range(n)]

def main():
    helper(3)
    fib(4)
    sorted([2, 1])
    [].append(1)

p = profile.Profile()
p.run("main()")
out = io.StringIO()
st = pstats.Stats(p, stream=out)
st.sort_stats("stdname").print_stats()
st.print_callers()
st.print_callees("main|fib")
print(mask(out.getvalue()))
print(st.stats[("profile", 0, "profiler")], st.stats[("profile", 0, "main()")][:2], st.stats[("profile", 0, "main()")][4])
print(st.stats[(__file__, fib.__code__.co_firstlineno, "fib")][:2])

p2 = profile.Profile()
print(p2.runctx("helper(2)", globals(), {}) is p2)
p2.create_stats()
print(sorted((k, v[:2]) for k, v in p2.stats.items()))

saved = sys.stdout
sys.stdout = out = io.StringIO()
try:
    profile.run("fib(3)", sort="stdname")
    profile.runctx("x = helper(1)", globals(), {}, sort=pstats.SortKey.NFL)
finally:
    sys.stdout = saved
print(mask(out.getvalue()))
