"""Python 2's names for Python 3's modules and globals: the GIL Lab model's _compat_pickle.

Pickle protocols 0 to 2 are readable by Python 2, so with fix_imports (the default) a pickler writes
the Python 2 names and an unpickler maps them back, as CPython 3.11's _compat_pickle tables describe.
The tables here cover the modules the model has (builtins, its exceptions, copyreg, queue, _thread,
itertools' and collections' renamed globals); written for the model from those tables' behaviour.
"""

IMPORT_MAPPING = {
    "__builtin__": "builtins",
    "copy_reg": "copyreg",
    "Queue": "queue",
    "repr": "reprlib",
    "thread": "_thread",
    "commands": "subprocess",
    "_abcoll": "collections.abc",
    "cPickle": "pickle",
    "_elementtree": "xml.etree.ElementTree",
    "UserDict": "collections",
    "UserList": "collections",
    "UserString": "collections",
    "StringIO": "io",
    "cStringIO": "io",
}

# Python 3 modules several Python 2 ones became: the reverse mapping keeps the canonical one.
REVERSE_IMPORT_MAPPING = {
    "builtins": "__builtin__",
    "copyreg": "copy_reg",
    "queue": "Queue",
    "reprlib": "repr",
    "_thread": "thread",
    "subprocess": "commands",
    "collections.abc": "_abcoll",
    "_functools": "functools",
    "_pickle": "pickle",
}

NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
}

REVERSE_NAME_MAPPING = {value: key for key, value in NAME_MAPPING.items()}

NAME_MAPPING[("__builtin__", "basestring")] = ("builtins", "str")
NAME_MAPPING[("UserDict", "UserDict")] = ("collections", "UserDict")

# Python 2's exceptions module held the built-in exceptions.
PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)

for name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", name)] = ("builtins", name)
    REVERSE_NAME_MAPPING[("builtins", name)] = ("exceptions", name)
NAME_MAPPING[("exceptions", "StandardError")] = ("builtins", "Exception")

# Python 3's finer exceptions travel as the Python 2 one they refine.
PYTHON3_OSERROR_EXCEPTIONS = (
    "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError",
)

for name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", name)] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del name
