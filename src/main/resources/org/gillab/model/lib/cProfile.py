"""Deterministic profiling of Python programs: the GIL Lab model's cProfile module.

Mirrors CPython 3.11's Lib/cProfile.py; written for the model from the documentation and python3's
observed behaviour, not copied. Profile is the Java _lsprof.Profiler (the model's eval loop reports
each call of the thread that enabled it) with the conveniences on top: run/runctx/runcall, the
context manager form, create_stats, which turns getstats' entries into the dictionary pstats reads,
print_stats and dump_stats. dump_stats writes the model's own format (pickle), which the model's
pstats reads back; python3's pstats cannot.
"""

import _lsprof
import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace, then prints (or, given filename, dumps) the stats."""
    return _pyprofile._run(Profile().run, (statement,), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profiles exec(statement, globals, locals), then prints (or dumps) the stats."""
    return _pyprofile._run(Profile().runctx, (statement, globals, locals), filename, sort)


def label(code):
    """The key pstats knows a function by: (file, first line, name), or ('~', 0, name) for a builtin,
    whose entry names it by a string ('~' sorts after any file name)."""
    if not isinstance(code, str):
        return (code.co_filename, code.co_firstlineno, code.co_name)
    return ('~', 0, code)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True): builds a profiler object."""

    def print_stats(self, sort=-1):
        """Prints the stats with file names stripped to their base names, ordered by sort."""
        from pstats import Stats
        Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        # The model's own format (a pickle of self.stats), read back by the model's pstats.
        import pickle
        self.create_stats()
        with open(file, 'wb') as f:
            pickle.dump(self.stats, f)

    def create_stats(self):
        """Stops profiling and builds self.stats from what was collected."""
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats: label -> (primitive calls, calls, tottime, cumtime, {caller label: (calls, primitive, tottime, cumtime)})."""
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            calls = entry.callcount
            self.stats[label(entry.code)] = (calls - entry.reccallcount, calls, entry.inlinetime,
                                             entry.totaltime, callers)
        for entry in entries:
            caller = label(entry.code)
            for sub in entry.calls or ():
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                counts = (sub.callcount, sub.callcount - sub.reccallcount, sub.inlinetime, sub.totaltime)
                previous = callers.get(caller)
                if previous is not None:
                    counts = tuple(a + b for a, b in zip(counts, previous))
                callers[caller] = counts

    # While the profiler is on, the only calls of its own are enable() and disable() (and runctx's
    # exec), so that the stats show what CPython's show; hence no shared helper frame below, and
    # the calls a traceback shows are CPython's statements.
    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
            return self
        finally:
            self.disable()

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()
