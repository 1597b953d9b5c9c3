# warnings: what each action stores in a registry, "once" and "module" with and without one, bad filters
import sys
import warnings

sys.stderr = sys.stdout  # warnings and prints in one stream, in order


def keys(registry):
    return sorted(str(k) for k in registry if k != "version")


for action in ["ignore", "error", "always", "default", "once", "module"]:
    warnings.simplefilter(action)
    registry = {}
    try:
        warnings.warn_explicit("text", UserWarning, "place.py", 3, registry=registry)
        warnings.warn_explicit("text", UserWarning, "place.py", 4, registry=registry)
    except UserWarning as e:
        print("raised", e)
    print(action, keys(registry), "version" in registry)

warnings.simplefilter("once")
first, second = {}, {}
warnings.warn_explicit("once", UserWarning, "a.py", 1, registry=first)
warnings.warn_explicit("once", UserWarning, "b.py", 2, registry=second)   # another registry: shown
warnings.warn_explicit("once", UserWarning, "c.py", 3)                    # no registry: onceregistry
warnings.warn_explicit("once", UserWarning, "c.py", 4)
print(keys(warnings.onceregistry))
warnings.simplefilter("module")
warnings.warn_explicit("mod", UserWarning, "d.py", 5)                     # no registry: every time
warnings.warn_explicit("mod", UserWarning, "d.py", 6)

# a registry is emptied when the filters change, so a warning seen before shows again
warnings.simplefilter("default")
registry = {}
warnings.warn_explicit("again", UserWarning, "e.py", 7, registry=registry)
warnings.warn_explicit("again", UserWarning, "e.py", 7, registry=registry)
warnings.filterwarnings("default", "unrelated")
warnings.warn_explicit("again", UserWarning, "e.py", 7, registry=registry)

# the module a filter matches: warn's caller's __name__, or warn_explicit's file without .py
warnings.filterwarnings("error", module="lib")
try:
    warnings.warn_explicit("from lib", UserWarning, "lib.py", 1)
except UserWarning as e:
    print("raised", e)
warnings.warn_explicit("from lib", UserWarning, "lib.py", 1, module="other")
warnings.warn_explicit(RuntimeWarning("an instance wins"), UserWarning, "", 2)
warnings.resetwarnings()  # no message patterns left: a message that is not a str cannot meet one
warnings.simplefilter("always")
warnings.warn(42)
exec("warnings.warn('in exec')", {"warnings": warnings})


def deep():
    warnings.warn("deep", stacklevel=3)


def middle():
    deep()


middle()
warnings.showwarning("direct", UserWarning, "x.py", 2, file=sys.stdout, line="   the line   ")
print(repr(warnings.formatwarning("m", UserWarning, "f", 1, line="   ")))
print(warnings.WarningMessage(UserWarning("x"), UserWarning, "f.py", 3))

for broken in [("x", None), (1, None, Warning, None, 0), ("bogus", None, Warning, None, 0)]:
    warnings.filters.insert(0, broken)
    try:
        warnings.warn("through a broken filter")
    except (ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
    del warnings.filters[0]
for hook in ("showwarning", "formatwarning"):
    saved = getattr(warnings, hook)
    setattr(warnings, hook, 5)
    try:
        warnings.warn(f"through a broken {hook}", RuntimeWarning)
    except TypeError as e:
        print(e)
    setattr(warnings, hook, saved)
for bad in [dict(message=1), dict(category=1), dict(category=int), dict(module=1), dict(lineno=-1)]:
    try:
        warnings.filterwarnings("error", **bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.warn("x", stacklevel="a")
except TypeError as e:
    print(e)

sys.stderr = None
warnings.warn("nowhere to go", FutureWarning)
sys.stderr = sys.stdout
warnings.defaultaction = "error"
warnings.resetwarnings()
try:
    warnings.warn("default action")
except UserWarning as e:
    print("raised", e)
c = warnings.catch_warnings(module=sys.modules["warnings"])
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print(e)
c.__exit__(None, None, None)
try:
    warnings.catch_warnings(record=True).__exit__()
except RuntimeError as e:
    print(e)
