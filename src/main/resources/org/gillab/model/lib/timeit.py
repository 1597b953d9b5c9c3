"""Timing small bits of Python code: the GIL Lab model's timeit module.

Mirrors the behaviour of CPython 3.11's Lib/timeit.py; written for the model from the documentation
and from experiments with python3, not copied. A Timer turns its statement and setup into one
function, inner(), whose loop runs the statement number times between two readings of the timer,
so that the loop's own overhead is all that is measured besides the statement. Source given as
strings is checked for syntax on its own first, so that errors number the user's lines; callables
are handed to inner() as default arguments and called in the loop.
"""

# Statements run in this module's namespace by default, so they see these names as in CPython.
import gc
import itertools
import sys
import time
from time import perf_counter

__all__ = [
    "Timer",
    "timeit",
    "repeat",
    "default_timer",
]

dummy_src_name = "<timeit-src>"     # the file name of compiled statements, in errors and tracebacks
default_number = 1000000
default_repeat = 5
default_timer = perf_counter     # the clock with the finest resolution

# The function every Timer compiles. Its text is CPython's: Timer.src shows it, and tracebacks from
# a failing statement give line numbers within it.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""

# Timer's parameter "globals" hides the builtin; statements run by default in this module's namespace.
_globals = globals

# Where autorange() stops: the first loop count whose run takes this long (seconds).
_ENOUGH = 0.2


def reindent(src, indent):
    """src with every line after the first indented by indent more spaces (the first line goes
    where the template's placeholder already stands)."""
    return ("\n" + " " * indent).join(src.split("\n"))


def _as_template_code(part, name, indent, callables):
    """How the template spells the statement or setup: source re-indented for its place, or a
    call of a callable that inner() receives as the default argument _<name>. None if neither."""
    if isinstance(part, str):
        return reindent(part, indent)
    if callable(part):
        callables["_" + name] = part
        return "_%s()" % name
    return None


def _loop_counts():
    """autorange()'s loop counts: 1, 2, 5, 10, 20, 50, 100..."""
    for power in itertools.count():
        for digit in (1, 2, 5):
            yield digit * 10 ** power


class _CollectorPaused:
    """A with block during which the cyclic collector is off (and back on after, if it was on)."""

    def __enter__(self):
        self.resume = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info):
        if self.resume:
            gc.enable()


class Timer:
    """Times how long a statement takes: Timer(stmt, setup, timer, globals).

    stmt and setup are Python source (which may span lines) or callables without arguments;
    setup runs once before each timing. Statements run in a fresh function in globals (the
    timeit module's namespace if None) and are timed with timer (time.perf_counter).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        """Compile the timing function for stmt after setup."""
        self.timer = timer
        callables = {}
        setup_is_source = isinstance(setup, str)
        setup_code = _as_template_code(setup, "setup", 4, callables)
        if setup_code is None:
            raise ValueError("setup is neither a string nor callable")
        stmtprefix = ""
        if setup_is_source:
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"   # stmt is checked after setup so that its lines come after
        stmt_code = _as_template_code(stmt, "stmt", 8, callables)
        if stmt_code is None:
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
        arguments = "".join(", %s=%s" % (name, name) for name in callables)
        self.src = template.format(stmt=stmt_code, setup=setup_code, init=arguments)
        namespace = _globals() if globals is None else globals
        exec(compile(self.src, dummy_src_name, "exec"), namespace, callables)
        self.inner = callables["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, as traceback.print_exc() does.
        (CPython also shows the <timeit-src> lines; the model's linecache has no way to hold them.)"""
        import traceback
        traceback.print_exc(None, file)

    def timeit(self, number=default_number):
        """Run setup once, then stmt number times; return the seconds the loop took. The cyclic
        garbage collector is off meanwhile (as in CPython), so its pauses are not timed."""
        it = range(number)     # CPython's itertools.repeat(None, number): the same count and errors
        with _CollectorPaused():
            timing = self.inner(it, self.timer)
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number) repeat times: the list of their timings. The minimum is the one to
        trust; the others mostly measure what else the machine was doing."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Time 1, 2, 5, 10, 20, 50... loops until one run takes at least 0.2 seconds; return
        (loops, seconds) of that run. callback(loops, seconds) hears of every run."""
        for number in _loop_counts():
            taken = self.timeit(number)
            if callback:
                callback(number, taken)
            if taken >= _ENOUGH:
                return (number, taken)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
