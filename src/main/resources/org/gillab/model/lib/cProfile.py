"""Deterministic profiling of Python programs: the GIL Lab model's cProfile module.

Written for the model (not copied) to behave as CPython 3.11's Lib/cProfile.py does. Profile is the
Java _lsprof.Profiler (the model's eval loop reports each call of the thread that enabled it) with
the conveniences on top: run/runctx/runcall, the context manager form, create_stats, which turns
getstats' entries into the dictionary pstats reads, print_stats and dump_stats. dump_stats writes
the model's own format (pickle), which the model's pstats reads back; python3's pstats cannot.
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
    """The key pstats knows a function by: (file, first line, name), or ('~', 0, name) for a builtin."""
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True): builds a profiler object."""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import pickle
        with open(file, 'wb') as f:
            self.create_stats()
            pickle.dump(self.stats, f)

    def create_stats(self):
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

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()
