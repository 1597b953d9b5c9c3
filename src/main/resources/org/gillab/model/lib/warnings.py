"""Warning control: the GIL Lab model's warnings module.

Mirrors the behaviour of CPython 3.11's Lib/warnings.py together with its C core, Python/_warnings.c,
and is written for the model from their documentation and from running CPython, not copied from either.
In CPython the core (warn, warn_explicit, the filter list and the registries) is C; here it is all
Python, so issuing a warning contends for the model's GIL like any other Python code.

What it does as CPython does: the filter list, first match wins, with the actions error, ignore,
always, default, module and once, and CPython's default filters (DeprecationWarning shown only where
__main__ triggers it; PendingDeprecationWarning, ImportWarning and ResourceWarning ignored); the
per-module __warningregistry__ that shows a warning once per location, emptied whenever the filters
change; the default text `file:line: Category: message` plus the stripped source line; the
showwarning/formatwarning hooks; catch_warnings, optionally recording WarningMessage objects.
Not supported: the -W command-line options and PYTHONWARNINGS (the model has no sys.warnoptions), and
tracemalloc allocation tracebacks (the text says how to enable them, as CPython does when not tracing).
Deliberately different: when an "error" filter turns a warning into an exception, its traceback also
shows this module's frames (CPython's warn is C and shows none).
"""

import sys
import linecache
from operator import index as _as_int

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message pattern, category, module pattern, line number); a pattern is None
# (anything), a str (equal to it: _warnings.c's start-up filters) or a compiled regular expression.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change; a registry stamped with an older number is emptied before use,
# so that a warning suppressed under the old filters can show under the new ones (as _warnings.c does).
_generation = 0


def _filters_mutated():
    global _generation
    _generation += 1


# ---- issuing ----------------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Warns from the caller (or stacklevel frames up): the filters decide to show, skip or raise it."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    depth = stacklevel if type(stacklevel) is int else _as_int(stacklevel)
    try:
        # frame 1 is warn's caller: CPython's warn, being C, has no frame of its own
        where = sys._getframe(depth if depth > 1 else 1)
    except ValueError:
        # deeper than the stack: CPython blames the sys module
        scope, filename, lineno = sys.__dict__, "sys", 1
    else:
        scope, filename, lineno = where.f_globals, where.f_code.co_filename, where.f_lineno
    warn_explicit(message, category, filename, lineno, scope.get("__name__", "<string>"),
                  scope.setdefault("__warningregistry__", {}), scope, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Warns as if from filename:lineno in module, remembering it in registry (a dict, or None)."""
    if type(lineno) is not int:
        lineno = _as_int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    given_text = not isinstance(message, Warning)
    if given_text:
        text = message
    else:
        text = str(message)
        category = type(message)
    here = (text, category, lineno)
    if registry is not None and _seen(registry, here):
        return
    action, entry = _decide(text, category, module, lineno)
    if action == "ignore":
        return
    if given_text:
        # made only now: a warning shown here already, or ignored, the common cases, needs no instance
        message = category(message)
    if action == "error":
        raise message
    if action != "always":
        if action not in ("default", "module", "once"):
            raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {entry}")
        if registry is not None:
            _mark(registry, here)
        anywhere = (text, category)
        # "once" remembers the text in the caller's registry, or in onceregistry when there is none;
        # "module" only in a registry (without one it shows every time), as _warnings.c does
        if action == "once" and _mark(onceregistry if registry is None else registry, anywhere):
            return
        if action == "module" and registry is not None and _mark(registry, anywhere):
            return
    if module_globals is not None:
        linecache.getlines(filename, module_globals)  # lets a module's loader supply its source
    _emit(WarningMessage(message, category, filename, lineno, source=source))


def _seen(registry, key):
    """Whether registry holds key; a registry from before the filters last changed is emptied first."""
    if registry.get("version") == _generation:
        return bool(registry.get(key))
    registry.clear()
    registry["version"] = _generation
    return False


def _mark(registry, key):
    """Whether registry held key already (as _seen says); it holds it afterwards."""
    if _seen(registry, key):
        return True
    registry[key] = True
    return False


def _decide(text, category, module, lineno):
    """The action of the first filter that matches, and that filter (None: defaultaction applies)."""
    for entry in filters:
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError(f"_warnings.filters item {filters.index(entry)} isn't a 5-tuple")
        action, text_pattern, wanted, module_pattern, line = entry
        if not isinstance(action, str):
            raise TypeError(f"action must be a string, not '{type(action).__name__}'")
        if not isinstance(line, int):
            raise TypeError("an integer is required")
        if ((text_pattern is None or _fits(text_pattern, text))
                and (module_pattern is None or _fits(module_pattern, module))
                and issubclass(category, wanted) and (line == 0 or line == lineno)):
            return action, entry
    return defaultaction, None


def _fits(pattern, value):
    """A str pattern must equal the value (as _warnings.c compares them), a regular expression match it."""
    if type(pattern) is str:
        return pattern == value
    return bool(pattern.match(value))


# ---- showing ----------------------------------------------------------------------------------------

class WarningMessage(object):
    """One warning as it is shown, or kept by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes the warning to file (sys.stderr by default); programs may replace this hook."""
    _deliver(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: location, category, message and the line of source."""
    return _standard_text(WarningMessage(message, category, filename, lineno, None, line))


_builtin_showwarning = showwarning
_builtin_formatwarning = formatwarning


def _emit(report):
    """Shows a warning: through the user's showwarning if one is installed, else by _deliver."""
    hook = showwarning
    if hook is _builtin_showwarning:
        _deliver(report)
    elif callable(hook):
        hook(report.message, report.category, report.filename, report.lineno, report.file, report.line)
    else:
        raise TypeError("warnings.showwarning() must be set to a function or method")


def _write(report):
    """Writes the warning's text to its file (sys.stderr if none; nowhere if that is None too)."""
    stream = sys.stderr if report.file is None else report.file
    if stream is None:
        return
    hook = formatwarning
    if hook is _builtin_formatwarning:
        text = _standard_text(report)
    else:
        text = hook(report.message, report.category, report.filename, report.lineno, report.line)
    try:
        stream.write(text)
    except OSError:
        pass  # a closed or broken stream: the warning is lost, as in CPython


# What showwarning does with a warning: write it, or append it to catch_warnings(record=True)'s list.
_deliver = _write


def _standard_text(report):
    """CPython's format: 'file:line: Category: message', the stripped source line, a tracemalloc hint."""
    kind = report.category.__name__
    text = f"{report.filename}:{report.lineno}: {kind}: {report.message}\n"
    code = report.line
    if code is None:
        code = linecache.getline(report.filename, report.lineno)
    if code:
        text += f"  {code.strip()}\n"
    if report.source is not None:
        # the model has no tracemalloc, so CPython's words for an untraced allocation
        text += f"{kind}: Enable tracemalloc to get the object allocation traceback\n"
    return text


# ---- the filters ------------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter matching message and module by regular expression (message ignores case)."""
    _check_action_and_line(action, lineno)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    import re
    text_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _install((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message and module."""
    _check_action_and_line(action, lineno)
    _install((action, None, category, None, lineno), append)


def _check_action_and_line(action, lineno):
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def _install(entry, at_end):
    """Adds a filter once: at the front (moving an equal one there), or at the end unless present."""
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Removes every filter, defaults included: defaultaction then decides."""
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):
    """Within the block, changes to the filters and to showwarning are undone on exit; with
    record=True the block's warnings are collected as WarningMessage objects instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False
        self._saved = None

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._deliver)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        # recorded warnings bypass the writer, but a showwarning set inside the block still wins
        target._deliver = log.append
        target.showwarning = target._builtin_showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        target = self._module
        target.filters, target.showwarning, target._deliver = self._saved
        target._filters_mutated()


def _warn_unawaited_coroutine(qualname, source):
    """The model's coroutine, freed before it ran, warns from the frame that dropped it (CPython's hook of
    the same name; the model passes the coroutine's name and code, the coroutine itself being freed)."""
    warn(f"coroutine '{qualname}' was never awaited", RuntimeWarning, stacklevel=2, source=source)
