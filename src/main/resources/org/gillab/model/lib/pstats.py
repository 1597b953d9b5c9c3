"""Class for printing reports on profiled Python code: the GIL Lab model's pstats module.

Mirrors CPython 3.11's Lib/pstats.py; written for the model from the documentation and python3's
observed behaviour, not copied (the SortKey members are CPython's names and values). A Stats holds a
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
        self.files = []  # the dump files read, each with its date, for print_stats' heading
        self.stats = {}
        self.top_level = set()
        self.max_name_len = 0
        self.total_calls = self.prim_calls = self.total_tt = 0
        # fcn_list: the sorted functions (None before sort_stats, 0 after a reset); all_callees: the
        # inverse of the callers dictionaries, made by the first print_callees.
        self.fcn_list = self.all_callees = None
        self.sort_arg_dict = {}
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            self.stats = _read_dump(arg)
            self.files = [_dump_label(arg)]
        elif hasattr(arg, 'create_stats'):
            # The profiler's stats move here: it starts afresh.
            arg.create_stats()
            self.stats, arg.stats = arg.stats, {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        self._count_totals()
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def _count_totals(self):
        """The calls, primitive calls and internal time of every function, summed."""
        entries = self.stats.values()
        self.total_calls = sum(entry[1] for entry in entries)
        self.prim_calls = sum(entry[0] for entry in entries)
        self.total_tt = sum(entry[2] for entry in entries)

    def add(self, *arg_list):
        # The last argument is added first, as CPython does.
        for other in reversed(arg_list):
            if type(other) != type(self):
                other = Stats(other)
            self.files += other.files
            self.top_level |= other.top_level
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            for func, stat in other.stats.items():
                self.stats[func] = add_func_stats(self.stats.get(func, (0, 0, 0, 0, {})), stat)
        if arg_list:
            self._count_totals()
            self.fcn_list = None
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
            self.fcn_list = 0  # printing lists the functions in no particular order
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_OLD_SORT_KEYS[field[0]]]  # an old numeric key, which comes alone
        elif any(type(key) != type(field[0]) for key in field[1:]):
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
            self.fcn_list = self.fcn_list[::-1]
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

    # -- printing --------------------------------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        """The functions one restriction keeps: a str is a regular expression their names must match,
        a float in [0, 1) the fraction kept, an int the count kept; msg notes what was done."""
        kept = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                return list, msg + "   <Invalid regular expression %r>\n" % sel
            kept = [func for func in list if pattern.search(func_std_string(func))]
        elif isinstance(sel, float) and 0.0 <= sel < 1.0:
            kept = list[:int(len(list) * sel + .5)]
        elif isinstance(sel, int) and 0 <= sel < len(list):
            kept = list[:sel]
        if len(kept) != len(list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(kept), sel)
        return kept, msg

    def get_print_list(self, sel_list):
        """(width of the name column, the functions to print), having printed how they were chosen."""
        if self.fcn_list:
            functions, msg = self.fcn_list[:], "   Ordered by: " + self.sort_type + '\n'
        else:
            functions, msg = list(self.stats), "   Random listing order was used\n"
        for selection in sel_list:
            functions, msg = self.eval_print_amount(selection, functions, msg)
        if not functions:
            return 0, functions
        print(msg, file=self.stream)
        width = self.max_name_len
        if len(functions) < len(self.stats):
            width = max(len(func_std_string(func)) for func in functions)
        return width + 2, functions

    def _print_table(self, amount, print_heading, print_row):
        """The table of the functions amount selects (if any): a heading, a row for each, two blank lines."""
        width, functions = self.get_print_list(amount)
        if functions:
            print_heading(width)
            for func in functions:
                print_row(width, func)
            print("\n", file=self.stream)
        return self

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        calls = "%d function calls" % self.total_calls
        if self.total_calls != self.prim_calls:
            calls += " (%d primitive calls)" % self.prim_calls
        print(indent, calls, "in %.3f seconds" % self.total_tt, end="\n\n", file=out)
        return self._print_table(amount, lambda width: self.print_title(),
                                 lambda width, func: self.print_line(func))

    def print_callees(self, *amount):
        def heading(width):
            self.calc_callees()
            self.print_call_heading(width, "called...")

        def row(width, func):
            self.print_call_line(width, func, self.all_callees.get(func, {}))
        return self._print_table(amount, heading, row)

    def print_callers(self, *amount):
        def heading(width):
            self.print_call_heading(width, "was called by...")

        def row(width, func):
            self.print_call_line(width, func, self.stats[func][4], "<-")
        return self._print_table(amount, heading, row)

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # A profile's callers are (calls, primitive, tottime, cumtime) tuples; older ones were bare counts
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                if isinstance(next(iter(callers.values())), tuple):
                    print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        """source's name and arrow, then one line per function it called (or was called by), the first
        beside the name, the others below it."""
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
        for position, func in enumerate(sorted(call_dict)):
            self._print_call(name_size, func, call_dict[func], position > 0)

    def _print_call(self, name_size, func, value, below):
        name = func_std_string(func)
        if isinstance(value, tuple):
            nc, cc, tt, ct = value
            counts = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
            text = '%s %s %s  %s' % (counts.rjust(9 if below else 7), f8(tt), f8(ct), name)
            margin = name_size + 1
        else:
            # An old profile's bare count, with the function's cumulative time.
            text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
            margin = name_size + 3
        print((' ' * margin if below else '') + text, file=self.stream)

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)


def _read_dump(filename):
    """The stats dictionary cProfile's dump_stats wrote to filename (the model's pickle format)."""
    import pickle
    with open(filename, 'rb') as f:
        return pickle.load(f)


def _dump_label(filename):
    """How print_stats names a dump file: its modification time and name (the name alone if the
    time cannot be had)."""
    import time
    try:
        return time.ctime(os.stat(filename).st_mtime) + '    ' + filename
    except Exception:
        return filename


class TupleComp:
    """Compares sort rows column by column, each column ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = comp_select_list

    def compare(self, left, right):
        # The first column where the rows differ decides (values neither < nor > count as equal).
        for index, direction in self.comp_select_list:
            order = (left[index] > right[index]) - (left[index] < right[index])
            if order:
                return order * direction
        return 0


def func_get_function_name(func):
    return func[2]


def func_strip_path(func_name):
    """The key with its file name's directories removed."""
    filename, line, name = func_name
    return (os.path.basename(filename), line, name)


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
