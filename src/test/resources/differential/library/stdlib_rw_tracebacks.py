# Tracebacks through the rewritten library modules: the frames and the statements they show are
# CPython's (configparser's lookups and checks, cProfile's runcall/runctx, pstats, urllib.response).
import configparser, cProfile, io, pstats, sys, traceback, urllib.response


def case(label, action):
    print("==", label)
    try:
        action()
    except BaseException:
        traceback.print_exc(file=sys.stdout)


cp = configparser.ConfigParser()
cp.read_string("[s]\na = 1\n")
case("get no section", lambda: cp.get("nope", "a"))
case("items no section", lambda: cp.items("nope"))
case("add duplicate", lambda: cp.add_section("s"))
case("add default", lambda: cp.add_section("DEFAULT"))
case("add non-str", lambda: cp.add_section(1))
case("set non-str", lambda: cp.set("s", "a", 1))
case("getitem", lambda: cp["nope"])
case("delitem default", lambda: cp.__delitem__("DEFAULT"))
case("delitem", lambda: cp.__delitem__("nope"))
case("proxy getitem", lambda: cp["s"]["nope"])
case("proxy delitem", lambda: cp["s"].__delitem__("nope"))
case("read_dict duplicate", lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
case("runcall", lambda: cProfile.Profile().runcall(lambda: 1 / 0))
case("runctx", lambda: cProfile.Profile().runctx("1/0", {}, {}))
case("empty Stats", lambda: pstats.Stats())
case("mixed sort keys", lambda: pstats.Stats(cProfile.Profile().runctx("len([])", {}, {})).sort_stats("calls", 1))
closed = urllib.response.addinfourl(io.BytesIO(b""), {}, "u")
closed.close()
case("enter closed", lambda: closed.__enter__())
