"""Class for printing reports on profiled Python code: the GIL Lab model's pstats module.

Written for the model (not copied) to behave as CPython 3.11's Lib/pstats.py does. A Stats holds a
dictionary from a function's key (file, line, name) to (primitive calls, calls, tottime, cumtime,
callers), read from a profiler's create_stats or from a file cProfile's dump_stats wrote (the model's
pickle format, not CPython's marshal one). sort_stats orders by keys named as CPython names them (or
their unambiguous prefixes, or a SortKey); print_stats, print_callers and print_callees print the
tables in CPython's layout, optionally restricted by counts, fractions and regular expressions.
"""

import os
import re
import sys
from enum import Enum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey"]


class SortKey(str, Enum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    # str() is the key itself, as sort_stats takes it
    __str__ = str.__str__

    def __new__(cls, *values):
        obj = str.__new__(cls, values[0])
        obj._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = obj
        obj._all_values = values
        return obj


# The columns of a sort row: primitive calls, calls, tottime, cumtime, file, line, name, the standard
# name and the function name. Each key sorts by (column, direction) pairs, -1 for largest first.
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}

_OLD_SORT_KEYS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


class Stats:
    """Stats(*profiles_or_files, stream=None): the statistics of one or more profiles, added up."""

    sort_arg_dict_default = _SORT_KEYS

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.init(args[0] if args else None)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            import pickle
            import time
            with open(arg, 'rb') as f:
                self.stats = pickle.load(f)
            try:
                arg = time.ctime(os.stat(arg).st_mtime) + '    ' + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level.update(item.top_level)
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                self.stats[func] = add_func_stats(self.stats.get(func, (0, 0, 0, 0, {})), stat)
        return self

    def dump_stats(self, filename):
        """Writes the statistics in the model's format, which Stats(filename) reads."""
        import pickle
        with open(filename, 'wb') as f:
            pickle.dump(self.stats, f)

    def get_sort_arg_defs(self):
        """The sort keys with every prefix that names one key alone, as CPython expands them."""
        if not self.sort_arg_dict:
            expanded = {}
            ambiguous = set()
            for word, definition in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    fragment = word[:end]
                    if fragment in expanded:
                        ambiguous.add(fragment)
                        break
                    expanded[fragment] = definition
            for fragment in ambiguous:
                del expanded[fragment]
            self.sort_arg_dict = expanded
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_OLD_SORT_KEYS[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        definitions = self.get_sort_arg_defs()
        columns = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            columns += definitions[word][0]
            names.append(definitions[word][1])
        self.sort_type = ", ".join(names)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func_get_function_name(func))
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]
        rows.sort(key=cmp_to_key(TupleComp(columns).compare))
        self.fcn_list = [row[4:7] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            name = func_strip_path(func)
            longest = max(longest, len(func_std_string(name)))
            stat = (cc, nc, tt, ct, {func_strip_path(caller): value for caller, value in callers.items()})
            stripped[name] = add_func_stats(stripped[name], stat) if name in stripped else stat
        self.stats = stripped
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = longest
        self.fcn_list = 0
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new_list, msg
            new_list = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                new_list = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        if not stat_list:
            return 0, stat_list
        print(msg, file=self.stream)
        if len(stat_list) < len(self.stats):
            width = max(len(func_std_string(func)) for func in stat_list)
        return width + 2, stat_list

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.print_title()
            for func in stat_list:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in stat_list:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.print_call_heading(width, "was called by...")
            for func in stat_list:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # A profile's callers are (calls, primitive, tottime, cumtime) tuples; older ones were bare counts
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                if isinstance(next(iter(callers.values())), tuple):
                    print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                counts = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                line = '%s %s %s  %s' % (counts.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                line = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + line, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)


class TupleComp:
    """Compares sort rows column by column, each column ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        for index, direction in self.comp_select_list:
            a = left[index]
            b = right[index]
            if a < b:
                return -direction
            if a > b:
                return direction
        return 0


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """file:line(name), or a builtin's {name} (its '<...>' label in braces)."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    """The statistics of one function from two profiles, added up."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Two callers dictionaries, added up: tuples item by item, bare counts as numbers."""
    combined = dict(target)
    for func, caller in source.items():
        if func in combined:
            if isinstance(caller, tuple):
                combined[func] = tuple(a + b for a, b in zip(caller, combined[func]))
            else:
                combined[func] += caller
        else:
            combined[func] = caller
    return combined


def count_calls(callers):
    """The calls in a callers dictionary."""
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
