# pstats' Python layer: restrictions (fraction, count, bad regular expression), reverse_order, the
# unsorted listing, add() of several profiles, callers/callees lines, and the errors of an empty Stats.
import cProfile, pstats, io, re


def mask(text):
    return re.sub(r"\d+\.\d{3}", "0.000", text)


def leaf(n):
    return n * 2


def branch(n):
    return sum(leaf(i) for i in range(n))


def profile(n):
    pr = cProfile.Profile()
    pr.runcall(branch, n)
    return pr


out = io.StringIO()
st = pstats.Stats(profile(3), stream=out)
st.add(profile(2), profile(4))
print(st.total_calls, st.prim_calls, len(st.stats))
st.sort_stats("calls", "name").print_stats(0.5).print_stats(2, "leaf").print_stats("(")
st.reverse_order().print_stats(1)
st.sort_stats().print_stats("nothing matches")
st.sort_stats("name").print_callers("leaf|branch").print_callees("branch")
st.sort_stats("ncalls", "line").reverse_order().print_callees(1)
print(mask(out.getvalue()))
for bad in [(), ("calls", pstats.SortKey.NAME)]:
    try:
        pstats.Stats(*bad) if not bad else pstats.Stats(profile(1)).sort_stats(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(pstats.func_strip_path(("/a/b/c.py", 3, "f")), pstats.func_get_function_name(("x", 1, "g")),
      pstats.func_std_string(("~", 0, "<built-in method len>")), pstats.func_std_string(("~", 0, "plain")))
