"""Class for profiling Python code: the GIL Lab model's profile module.

Written for the model (not copied) to behave as CPython 3.11's Lib/profile.py does in what it reports:
builtins named ":0(len)", the command as a top-level "profile:0(cmd)" entry called by a
"profile:0(profiler)" entry of no calls, the call that stops profiling as ":0(setprofile)", and
callers as plain counts. CPython's profile is a sys.setprofile function written in Python; the model's
counts come from the same Java profiler as cProfile's (_lsprof), so its timings carry no Python
overhead and a timer function or bias is not supported.
"""

import sys
import _lsprof

__all__ = ["run", "runctx", "Profile"]


def _run(profiled, args, filename, sort):
    """run/runctx of profile and cProfile: profile, then dump the stats to filename or print them."""
    prof = profiled.__self__
    try:
        profiled(*args)
    except SystemExit:
        pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace, then prints (or, given filename, dumps) the stats."""
    return _run(Profile().run, (statement,), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profiles exec(statement, globals, locals), then prints (or dumps) the stats."""
    return _run(Profile().runctx, (statement, globals, locals), filename, sort)


_PROFILER = ('profile', 0, 'profiler')


def _label(code):
    """profile's key for a function: (file, line, name), or ('', 0, name) for a builtin."""
    if not isinstance(code, str):
        return (code.co_filename, code.co_firstlineno, code.co_name)
    if code == "<method 'disable' of '_lsprof.Profiler' objects>":
        return ('', 0, 'setprofile')  # what stops CPython's profile is sys.setprofile(None)
    if code.startswith("<method '"):
        return ('', 0, code.split("'")[1])
    return ('', 0, code[1:-1].rsplit(' ', 1)[-1].rsplit('.', 1)[-1])


class Profile:
    """Profile(timer=None, bias=None): a profiler; run, runctx and runcall profile one command."""

    bias = 0

    def __init__(self, timer=None, bias=None):
        if timer is not None:
            raise NotImplementedError("profile.Profile: the GIL Lab model profiles with its own clock, not a timer function")
        if bias is not None:
            self.bias = bias
        self.cmd = ""
        self.stats = {}
        self._profiler = _lsprof.Profiler()

    def set_cmd(self, cmd):
        self.cmd = cmd

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        self._profiler.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self._profiler.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        self._profiler.enable()
        try:
            return func(*args, **kw)
        finally:
            self._profiler.disable()

    def create_stats(self):
        self.snapshot_stats()

    def snapshot_stats(self):
        """self.stats: key -> (primitive calls, calls, tottime, cumtime, {caller key: calls})."""
        entries = self._profiler.getstats()
        command = ('profile', 0, self.cmd)
        self.stats = {_PROFILER: (0, 0, 0, 0, {})}
        command_time = 0.0
        called_from = {}
        for entry in entries:
            caller = _label(entry.code)
            for sub in entry.calls or ():
                callee = _label(sub.code)
                called_from.setdefault(callee, {})
                called_from[callee][caller] = called_from[callee].get(caller, 0) + sub.callcount
        for entry in entries:
            func = _label(entry.code)
            callers = called_from.get(func, {})
            from_command = entry.callcount - sum(callers.values())
            if from_command > 0:
                callers[command] = from_command
                command_time += entry.totaltime
            self.stats[func] = (entry.callcount - entry.reccallcount, entry.callcount, entry.inlinetime,
                                entry.totaltime, callers)
        self.stats[command] = (1, 1, 0.0, command_time, {_PROFILER: 1})

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import pickle
        with open(file, 'wb') as f:
            self.create_stats()
            pickle.dump(self.stats, f)
