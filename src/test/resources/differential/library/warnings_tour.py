# warnings: the default format and filters, once per location, actions, catch_warnings, the hooks
import sys
import warnings

sys.stderr = sys.stdout  # warnings and prints in one stream, in order


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def user_warning(n):
    warnings.warn(f"careful {n}")


for i in range(3):
    user_warning(i)           # shown once per distinct message and place
    warnings.warn("same place")
old_api()                    # DeprecationWarning triggered in __main__: shown
warnings.warn("plain", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn("from nowhere", stacklevel=10)
print(warnings.filters[:5] == [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0)])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", UserWarning)
    old_api()
    warnings.warn("pending", PendingDeprecationWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno, caught[0].filename == __file__, caught[0].line, caught[0].file)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    try:
        warnings.warn("still an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=RuntimeWarning, module="__main__")
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("shown", SyntaxWarning)

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")

with warnings.catch_warnings(action="always"):
    for i in range(2):
        warnings.warn("always shown")


def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("through the hook")
print(warnings.showwarning is show)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"[{category.__name__}] {message}\n"
    warnings.warn("formatted")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1  "), end="")

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, module="mod", registry={})
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("unclosed thing", ResourceWarning, source=object())

for bad in (("x", int), ("x", "cat")):
    try:
        warnings.warn(*bad)
    except TypeError as e:
        print(e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError", e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
print("__warningregistry__" in globals())
