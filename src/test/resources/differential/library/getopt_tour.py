# getopt.getopt and gnu_getopt: short options (clustered, with attached or separate values), long
# options (=value, separate value, unique prefixes), '--' and '-', options after arguments, '+' and
# POSIXLY_CORRECT, and GetoptError's messages, opt and args.
import getopt
import os


def t(label, f):
    try:
        print(label, repr(f()))
    except getopt.GetoptError as e:
        print(label, type(e).__name__, e, repr(e.opt), repr(e.msg), e.args)


t("short", lambda: getopt.getopt(["-a", "-b", "val", "-cfoo", "-ab", "x", "rest", "-d"], "ab:c:d"))
t("cluster", lambda: getopt.getopt(["-abval", "arg"], "ab:"))
t("long", lambda: getopt.getopt(["--alpha", "--beta=1", "--beta", "2", "--gam", "x"], "", ["alpha", "beta=", "gamma"]))
t("long str", lambda: getopt.getopt(["--only"], "", "only"))
t("long empty value", lambda: getopt.getopt(["--beta="], "", ["beta="]))
t("dashdash", lambda: getopt.getopt(["-a", "--", "-b"], "ab"))
t("dash", lambda: getopt.getopt(["-a", "-", "-b"], "ab"))
t("stop at arg", lambda: getopt.getopt(["x", "-a"], "a"))
t("unknown short", lambda: getopt.getopt(["-z"], "a"))
t("colon short", lambda: getopt.getopt(["-:"], "a:"))
t("needs arg", lambda: getopt.getopt(["-b"], "b:"))
t("unknown long", lambda: getopt.getopt(["--zeta"], "", ["alpha"]))
t("not unique", lambda: getopt.getopt(["--al"], "", ["alpha", "alps"]))
t("exact wins", lambda: getopt.getopt(["--al"], "", ["al", "alpha"]))
t("exact with arg", lambda: getopt.getopt(["--al", "v"], "", ["al=", "alpha"]))
t("long needs arg", lambda: getopt.getopt(["--beta"], "", ["beta="]))
t("long no arg", lambda: getopt.getopt(["--alpha=1"], "", ["alpha"]))
t("prefix with arg", lambda: getopt.getopt(["--be", "v"], "", ["beta="]))
t("gnu", lambda: getopt.gnu_getopt(["x", "-a", "y", "--beta", "1", "z", "--", "-a"], "a", ["beta="]))
t("gnu plus", lambda: getopt.gnu_getopt(["x", "-a"], "+a"))
t("gnu dash", lambda: getopt.gnu_getopt(["-", "-a"], "a"))
t("gnu error", lambda: getopt.gnu_getopt(["x", "-q"], "a"))
os.environ["POSIXLY_CORRECT"] = "1"
t("posixly", lambda: getopt.gnu_getopt(["-a", "x", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]
args = ["-a", "b"]
t("args untouched", lambda: (getopt.getopt(args, "a"), args))
e = getopt.GetoptError("message")
print(getopt.error is getopt.GetoptError, repr(e.opt), str(e), e.args, getopt.GetoptError.opt, getopt.__all__)
