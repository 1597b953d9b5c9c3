# graphlib.TopologicalSorter: static_order, the get_ready/done protocol and its order, errors of
# misuse (messages), CycleError's message and args (which cycle is found), and GenericAlias.
import graphlib


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)


graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
t("static", lambda: list(graphlib.TopologicalSorter({"d": ["b", "c"], "c": ["a"], "b": ["a"]}).static_order()))
t("static sets", lambda: sorted(graphlib.TopologicalSorter(graph).static_order()))
t("order", lambda: list(graphlib.TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
t("empty", lambda: list(graphlib.TopologicalSorter().static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4)
ts.add(3, 0)
t("add after", lambda: ts.get_ready())
ts.prepare()
t("add after prepare", lambda: ts.add(5))
t("prepare twice", lambda: ts.prepare())
t("active", lambda: (ts.is_active(), bool(ts)))
t("ready", ts.get_ready)
t("ready again", ts.get_ready)
t("done unknown", lambda: ts.done(99))
t("done not ready", lambda: ts.done(3))
t("done", lambda: ts.done(0, 2))
t("ready 2", ts.get_ready)
t("done twice", lambda: ts.done(0))
t("done 1", lambda: ts.done(1))
t("ready 3", ts.get_ready)
t("done 3 4", lambda: ts.done(3, 4))
t("finished", lambda: (ts.is_active(), ts.get_ready()))
fresh = graphlib.TopologicalSorter()
t("not prepared", fresh.get_ready)
t("not prepared active", fresh.is_active)
t("not prepared done", lambda: fresh.done(1))
t("not prepared bool", lambda: bool(fresh))
t("cycle", lambda: list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order()))
t("cycle 2", lambda: graphlib.TopologicalSorter({"a": ["b"], "b": ["c", "a"], "c": ["d"], "d": ["b"], "e": []}).prepare())
t("self loop", lambda: graphlib.TopologicalSorter({"x": ["x"]}).prepare())
t("duplicate edge", lambda: list(graphlib.TopologicalSorter({"x": ["y", "y"]}).static_order()))
partial = graphlib.TopologicalSorter({"a": ["b"], "b": ["a"], "c": [], "d": ["c"]})
t("cycle partial", partial.prepare)
t("after cycle", lambda: (partial.get_ready(), partial.done("c"), partial.get_ready(), partial.is_active()))
t("prepare after cycle", partial.prepare)
t("unhashable", lambda: graphlib.TopologicalSorter({"a": [[1]]}))
e = graphlib.CycleError("m", [1])
print(isinstance(e, ValueError), graphlib.CycleError.__mro__[1].__name__, graphlib.__all__)
print(graphlib.TopologicalSorter[int], graphlib.TopologicalSorter[str].__origin__ is graphlib.TopologicalSorter)
