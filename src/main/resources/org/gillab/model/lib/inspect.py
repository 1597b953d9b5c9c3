"""Inspection of live objects: the GIL Lab model's inspect module.

Mirrors CPython 3.11's Lib/inspect.py as its documentation describes it and python3 behaves; written
for the model, not copied: the type predicates, getmembers, getdoc/cleandoc, getfile/getsource and
friends (source through linecache), frames and stacks (FrameInfo named tuples), signature() with its
Signature, Parameter and BoundArguments (str(), bind, the TypeError messages), getfullargspec,
getcallargs, unwrap, getattr_static and the generator and coroutine states.

Where the model differs underneath: an instruction's position comes from the model's _traceback
module instead of co_positions(); the end of a block and a class's definition are found by a scanner
of logical lines of our own (written before the model had tokenize and ast, which CPython uses there); Java-written builtins have no
__text_signature__, so signature() of one raises CPython's ValueError for a builtin without one.
Not here: getargvalues, formatargvalues, classify_class_attrs, getclasstree and walktree; getclosurevars
finds the globals and builtins a function names only where its code object has co_names.
"""

import abc
import collections
import collections.abc
import enum
import functools
import itertools
import keyword
import linecache
import os
import re
import sys
import types
import _traceback

__all__ = [
    'BlockFinder', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'ClosureVars', 'FrameInfo', 'FullArgSpec',
    'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature',
    'TPFLAGS_IS_ABSTRACT', 'Traceback', 'cleandoc', 'currentframe', 'findsource', 'formatannotation',
    'getabsfile', 'getattr_static', 'getcomments', 'getmodulename',
    'getblock', 'getcallargs', 'getclosurevars', 'getcoroutinestate', 'getdoc', 'getfile',
    'getcoroutinelocals', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals', 'getgeneratorstate',
    'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'get_annotations', 'indentsize', 'isabstract', 'isasyncgen',
    'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator',
    'isgeneratorfunction', 'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod',
    'ismethoddescriptor', 'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'signature',
    'stack', 'trace', 'unwrap',
]

# The code flags (Include/cpython/code.h), as the model's code objects set them.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# --- Type predicates --------------------------------------------------------------------------------

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def _is_plain_routine(object):
    return isclass(object) or ismethod(object) or isfunction(object)


# The model's Java-written descriptor types do not show their __get__ and __set__ as attributes.
_METHOD_DESCRIPTORS = (types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType)
_DATA_DESCRIPTORS = (types.MemberDescriptorType, types.GetSetDescriptorType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: it has __get__ and no __set__, and is not a
    class, method or function."""
    if _is_plain_routine(object):
        return False
    if isinstance(object, _METHOD_DESCRIPTORS):
        return True
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__') and not isinstance(object, _DATA_DESCRIPTORS)


def isdatadescriptor(object):
    """Return true if the object is a data descriptor: its type has __set__ or __delete__."""
    if _is_plain_routine(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__') or isinstance(object, _DATA_DESCRIPTORS)


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    # As CPython: methods and functools.partial objects are seen through, __wrapped__ is not.
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """Return true if the object is an asynchronous generator function (async def with yield)."""
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    # The model's types module names AsyncGeneratorType once the model has async generators.
    return isinstance(object, getattr(types, 'AsyncGeneratorType', ()))


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a slot wrapper bound to an object)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC) with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not issubclass(type(object), abc.ABCMeta) or hasattr(object, '__abstractmethods__'):
        return False
    # ABCMeta.__new__ has not finished: we are in __init_subclass__, so look for ourselves.
    for value in object.__dict__.values():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# --- Members, mro, docs -----------------------------------------------------------------------------

def _getmembers(object, predicate, getter):
    mro = (object,) + getmro(object) if isclass(object) else ()
    names = dir(object)
    if isclass(object):
        # A DynamicClassAttribute of a base is invisible to dir() but is a member all the same.
        for base in object.__bases__:
            for name, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(name)
    results = []
    seen = set()
    for name in names:
        try:
            if name in seen:
                raise AttributeError(name)
            value = getter(object, name)
        except AttributeError:
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((name, value))
        seen.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name, those predicate accepts
    if it is given."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors, __getattr__ or __getattribute__."""
    return _getmembers(object, predicate, getattr_static)


def getmro(cls):
    """Return the tuple of the class's base classes, itself first, in method resolution order."""
    return cls.__mro__


def cleandoc(doc):
    """Clean up indentation from a docstring: the first line's leading whitespace, the common
    indentation of the others, and blank lines at either end go."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    # The class a function was defined in, found from its __qualname__ in its module.
    owner = sys.modules.get(getattr(func, '__module__', None))
    path = getattr(func, '__qualname__', '').split('.')[:-1]
    for name in path:
        if name == '<locals>':
            return None
        owner = getattr(owner, name, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    # The doc a class, method or property leaves out, from where it overrides.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    elif isinstance(obj, property):
        func = obj.fget
        name = getattr(func, '__name__', None)
        owner = _owner_class(func) if isfunction(func) else None
    elif ismethoddescriptor(obj) or isbuiltin(obj):
        name = getattr(object, '__name__', None)
        owner = getattr(object, '__objclass__', None)
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc(); inherited from the
    class it overrides when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# --- Source -----------------------------------------------------------------------------------------

# How getfile and findsource reach the code object behind a method, function, traceback or frame: each
# step applies to what the previous ones left (a method's function, then that function's code).
_STEPS_TO_CODE = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'), (isframe, 'f_code'))


def _code_behind(obj):
    """The code object obj is or stands for, else None."""
    for applies, attribute in _STEPS_TO_CODE:
        if applies(obj):
            obj = getattr(obj, attribute)
    return obj if iscode(obj) else None


def _file_of_class(cls):
    module = sys.modules.get(getattr(cls, '__module__', None))
    filename = getattr(module, '__file__', None)
    if filename:
        return filename
    if getattr(cls, '__module__', None) == '__main__':
        raise OSError('source code not available')  # an interactive session's class
    raise TypeError('{!r} is a built-in class'.format(cls))


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if isclass(object):
        return _file_of_class(object)
    if ismodule(object):
        filename = getattr(object, '__file__', None)
        if not filename:
            raise TypeError('{!r} is a built-in module'.format(object))
        return filename
    code = _code_behind(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                        'got {}'.format(type(object).__name__))
    return code.co_filename


def getmodulename(path):
    """Return the module name for a given file, or None."""
    name = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source, or None."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    if os.path.exists(filename) or linecache.getlines(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        module_file = getattr(module, '__file__', None)
        if module_file and os.path.normcase(os.path.abspath(module_file)) == file:
            return module
    main = sys.modules['__main__']
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    if getattr(main, name, None) is object:
        return main
    builtins = sys.modules['builtins']
    if getattr(builtins, name, None) is object:
        return builtins
    return None


class _LogicalLines:
    """The logical lines of Python source (physical lines joined across brackets, backslashes and
    triple-quoted strings), each as (first index, last index, indentation, text without comment).
    What the tokenize module would tell CPython's BlockFinder."""

    def __init__(self, lines, start=0):
        self.lines = lines
        self.start = start

    def __iter__(self):
        index = self.start
        while index < len(self.lines):
            first = index
            code = []
            depth = 0
            quote = None
            while True:
                line = self.lines[index]
                pos = 0
                continued = False
                while pos < len(line):
                    if quote:
                        end = self._string_end(line, pos, quote)
                        if end < 0:
                            pos = len(line)
                            break
                        code.append(quote)
                        pos = end
                        quote = None
                        continue
                    ch = line[pos]
                    if ch == '#':
                        break
                    if ch in '\'"':
                        quote = line[pos:pos + 3] if line[pos:pos + 3] in ('"""', "'''") else ch
                        code.append(quote)
                        pos += len(quote)
                        continue
                    if ch == '\\' and line[pos + 1:].strip() == '':
                        continued = True
                        break
                    if ch in '([{':
                        depth += 1
                    elif ch in ')]}':
                        depth = max(0, depth - 1)
                    code.append(ch)
                    pos += 1
                if quote and len(quote) == 1:
                    quote = None        # an unterminated one-line string ends with its line
                index += 1
                if index >= len(self.lines) or not (quote or depth or continued):
                    break
            text = ''.join(code).strip()
            yield first, index - 1, indentsize(self.lines[first]), text

    @staticmethod
    def _string_end(line, pos, quote):
        while pos < len(line):
            if line[pos] == '\\':
                pos += 2
            elif line.startswith(quote, pos):
                return pos + len(quote)
            else:
                pos += 1
        return -1


_DEFINITION = re.compile(r'(async\s+def|def|class)\s+(\w+)')


class BlockFinder:
    """Finds the end of the block (a def, class or lambda, its decorators first) at the start of
    some lines."""

    def __init__(self):
        self.last = 1

    def find(self, lines):
        header_indent = None
        for first, last, indent, text in _LogicalLines(lines):
            if header_indent is None:
                if not text:
                    continue
                self.last = last + 1
                if text.startswith('@'):
                    continue
                if not _DEFINITION.match(text):
                    return self.last        # a lambda: its logical line
                header_indent = indent
                if not text.endswith(':'):
                    return self.last        # def f(): return 1
                continue
            if not text:
                continue
            if indent <= header_indent:
                break
            self.last = last + 1
        return self.last


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    return lines[:BlockFinder().find(lines)]


def _class_line(lines, qualname):
    # The index of the line (the first decorator's) where the class of that qualname is defined.
    scopes = []
    for first, last, indent, text in _LogicalLines(lines):
        match = _DEFINITION.match(text)
        if not match:
            continue
        while scopes and scopes[-1][0] >= indent:
            scopes.pop()
        kind, name = match.groups()
        path = '.'.join(part for _, part in scopes)
        found = (path + '.' if path else '') + name
        if kind == 'class' and found == qualname:
            while first > 0 and lines[first - 1].strip().startswith('@') and indentsize(lines[first - 1]) == indent:
                first -= 1
            return first
        scopes.append((indent, name if kind == 'class' else name + '.<locals>'))
    raise OSError('could not find class definition')


_FUNCTION_START = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')


def findsource(object):
    """Return the entire source file and starting line number for an object."""
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    else:
        linecache.checkcache(file)
    lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object.__qualname__)
    code = _code_behind(object)
    if code is None:
        raise OSError('could not find code object')
    # from the code's first line back to the def or lambda that starts it
    start = code.co_firstlineno - 1
    while start > 0 and not _FUNCTION_START.match(_line_at(lines, start)):
        start -= 1
    return lines, start


def _line_at(lines, index):
    if index >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines[index]


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the text of the source code for an object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """Get the lines of comments immediately preceding an object's source code, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        end = start
        while end < len(lines) and lines[end].lstrip()[:1] == '#':
            end += 1
        comments = [line.expandtabs() for line in lines[start:end]]
        return ''.join(comments) if comments else None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        comments = []
        while end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments.insert(0, lines[end].expandtabs().lstrip())
            end -= 1
        while comments and comments[0].strip() == '#':
            comments.pop(0)
        while comments and comments[-1].strip() == '#':
            comments.pop()
        return ''.join(comments) if comments else None
    return None


# --- Frames and stacks ------------------------------------------------------------------------------

# dis.Positions' fields: where an instruction lies in its source.
Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                                   defaults=[None] * 4)

_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """(filename, lineno, function, code_context, index) with the instruction's positions beside."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(*self, self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    """(frame, filename, lineno, function, code_context, index) with the positions beside."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: a Traceback named tuple."""
    if istraceback(frame) or isframe(frame):
        positions = Positions(*_traceback.positions(frame))
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    if istraceback(frame):
        frame = frame.tb_frame
    lineno = positions.lineno
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        source = linecache.getlines(filename)
        if source:
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def _frame_infos(entries, context):
    return [FrameInfo(frame, *info, positions=info.positions)
            for frame, info in ((frame, getframeinfo(entry, context)) for frame, entry in entries)]


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all outer frames, innermost first."""
    entries = []
    while frame:
        entries.append((frame, frame))
        frame = frame.f_back
    return _frame_infos(entries, context)


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and all inner frames, outermost first."""
    entries = []
    while tb:
        entries.append((tb.tb_frame, tb))
        tb = tb.tb_next
    return _frame_infos(entries, context)


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def stack(context=1):
    """FrameInfo records for the stack above the caller's frame, the caller's first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the stack between this frame and where the exception being handled was
    raised."""
    return getinnerframes(sys.exc_info()[2], context)


# --- Generators and coroutines ----------------------------------------------------------------------

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame as they are now; {} once it has finished."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    return {} if generator.gi_frame is None else generator.gi_frame.f_locals


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame as they are now; {} once it has finished."""
    frame = getattr(coroutine, 'cr_frame', None)
    return {} if frame is None else frame.f_locals


# --- Static attribute lookup ------------------------------------------------------------------------

_sentinel = object()


def _shadowed_dict(klass):
    # A class (or base) whose __dict__ is not the usual descriptor hides instance dicts.
    for entry in klass.__mro__:
        found = entry.__dict__.get('__dict__', _sentinel)
        if found is not _sentinel and type(found) is not types.GetSetDescriptorType:
            return found
    return _sentinel


def _check_class(klass, attr):
    for entry in klass.__mro__:
        if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
            return entry.__dict__[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            try:
                instance_dict = object.__getattribute__(obj, '__dict__')
            except AttributeError:
                instance_dict = {}
            instance_result = dict.get(instance_dict, attr, _sentinel)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        descriptor_type = type(klass_result)
        if (_check_class(descriptor_type, '__get__') is not _sentinel
                and (_check_class(descriptor_type, '__set__') is not _sentinel
                     or _check_class(descriptor_type, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in type(klass).__mro__:
            if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# --- Unwrapping -------------------------------------------------------------------------------------

def unwrap(func, *, stop=None):
    """Get the object wrapped by func, following the chain of __wrapped__ attributes (until stop(f)
    is true, if stop is given)."""
    first = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen.add(id(func))
    return func


# --- Annotations ------------------------------------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object (a class, module or callable); with eval_str,
    string annotations are evaluated."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: typing's names without 'typing.', classes by qualified
    name, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda match: match.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


# --- Signatures -------------------------------------------------------------------------------------

class _void:
    """A private marker: no value given."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (each immutable; replace()
    makes a changed copy)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # A comprehension's implicit argument, '.0'.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword arguments, '
                                 'not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if (keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            spacing = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, spacing, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): the arguments dict (parameter name to value) and the args and
    kwargs a call would pass."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    """A callable's call signature: an ordered mapping of Parameters and a return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                            top_kind.description, kind.description))
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is not _empty:
                            seen_default = True
                        elif seen_default:
                            raise ValueError('non-default argument follows default argument')
                    if param.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                    params[param.name] = param
            else:
                params = collections.OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = iter(self.parameters.values())
        # The parameter where the positional arguments ran out, checked again with the keywords.
        pending = ()
        values = iter(args)
        for value in values:
            param = next(params, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = value
        else:
            param = next(params, None)
            if param is not None and param.kind != _VAR_POSITIONAL:
                if param.name in kwargs and param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                                    .format(param.name)) from None
                if (param.name not in kwargs and param.kind != _VAR_KEYWORD and param.default is _empty
                        and not partial):
                    raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
                pending = (param,)
        kwargs_param = None
        for param in itertools.chain(pending, params):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
            elif param.kind == _VAR_POSITIONAL:
                continue
            elif param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
            elif param.kind == _POSITIONAL_ONLY:
                raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                                .format(param.name))
            else:
                arguments[param.name] = kwargs.pop(param.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object that maps the passed args and kwargs to the function's
        signature; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but allows leaving out required arguments."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


# Callables written in C in CPython (in Java here): they have no Python signature to read.
_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _signature_is_functionlike(obj):
    # A callable that looks like a Python function (Cython's functions do): code, name, defaults.
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _NonUserDefinedCallables)
            or obj in (type, object))


def _signature_from_builtin(cls, func):
    if not _signature_is_builtin(func):
        raise TypeError('{!r} is not a Python builtin function'.format(func))
    # No Java-written builtin of the model carries a __text_signature__.
    raise ValueError('no signature found for builtin {!r}'.format(func))


def _signature_bound_method(sig):
    # The signature of a bound method: its first parameter (self or cls) is taken.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    duck = not isfunction(func)
    if duck and not _signature_is_functionlike(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for index, name in enumerate(names[:pos_count]):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        parameters.append(cls._parameter_cls(name, kind, default=default,
                                             annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        parameters.append(cls._parameter_cls(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[pos_count:pos_count + kwonly_count]:
        parameters.append(cls._parameter_cls(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                             annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(cls._parameter_cls(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    # What a functools.partial leaves of its function's signature: bound positionals go, keywords
    # become defaults, and parameters after a keyword-bound one become keyword-only.
    partial_args = extra_args + (partial.args or ())
    partial_keywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    new_params = collections.OrderedDict(wrapped_sig.parameters.items())
    to_keyword_only = False
    for name, param in wrapped_sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new_params[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name not in partial_keywords:
                    del new_params[name]
                    continue
                to_keyword_only = True
                new_params[name] = param.replace(default=value)
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_keyword_only:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                del new_params[name]
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_get_user_defined_method(cls, method_name):
    # cls's method of that name unless it is one written in C (Java here: some of the model's slots,
    # type.__call__ say, are method descriptors where CPython's are slot wrappers).
    try:
        method = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(method, _NonUserDefinedCallables + (types.MethodDescriptorType,)):
        return None
    return method


def _signature_of_class(obj, get_signature):
    call = _signature_get_user_defined_method(type(obj), '__call__')
    if call is not None:
        return get_signature(call)
    new = _signature_get_user_defined_method(obj, '__new__')
    init = _signature_get_user_defined_method(obj, '__init__')
    for base in obj.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return get_signature(new)
        if init is not None and '__init__' in base.__dict__:
            return get_signature(init)
    if type not in obj.__mro__:
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return None     # object's own signature: ()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls):
    def get_signature(inner):
        return _signature_from_callable(inner, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
                                        eval_str=eval_str, sigcls=sigcls)

    def bound(sig):
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return bound(get_signature(obj.__func__))
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return get_signature(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    partialmethod = getattr(obj, '_partialmethod', None)
    if isinstance(partialmethod, functools.partialmethod):
        wrapped_sig = get_signature(partialmethod.func)
        sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
        first = tuple(wrapped_sig.parameters.values())[0]
        if first.kind is _VAR_POSITIONAL:
            return sig
        rest = tuple(sig.parameters.values())
        return sig.replace(parameters=(first,) + rest)
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_get_partial(get_signature(obj.func), obj)
    if isinstance(obj, type):
        sig = _signature_of_class(obj, get_signature)
        if sig is None:
            return sigcls()
        return bound(sig)
    call = _signature_get_user_defined_method(type(obj), '__call__')
    if call is not None:
        return bound(get_signature(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# --- Argument specs ---------------------------------------------------------------------------------

FullArgSpec = collections.namedtuple('FullArgSpec',
                                     'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters, as a FullArgSpec:
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def _names_text(names):
    if len(names) == 1:
        return names[0]
    return ', '.join(names[:-1]) + ' and ' + names[-1] if len(names) == 2 else \
        ', '.join(names[:-2]) + ', {} and {}'.format(*names[-2:])


def _missing_arguments(f_name, argnames, positional, values):
    names = [repr(name) for name in argnames if name not in values]
    raise TypeError('%s() missing %i required %s argument%s: %s' % (
        f_name, len(names), 'positional' if positional else 'keyword-only', '' if len(names) == 1 else 's',
        _names_text(names)))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        expected = 'at least %d' % atleast
    elif defcount:
        plural = True
        expected = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        expected = str(len(args))
    kwonly_text = ''
    if kwonly_given:
        kwonly_text = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
        f_name, expected, 's' if plural else '', given, kwonly_text,
        'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values that calling func(*positional, **named) would make,
    with the interpreter's TypeError messages when the call would fail."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    n = min(given, len(args))
    defcount = len(defaults) if defaults else 0
    for name, value in zip(args, positional[:n]):
        values[name] = value
    if varargs:
        values[varargs] = tuple(positional[n:])
    if varkw:
        values[varkw] = {}
    possible = set(args + kwonlyargs)
    for name, value in named.items():
        if name not in possible:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, name))
            values[varkw][name] = value
            continue
        if name in values:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, name))
        values[name] = value
    if given > len(args) and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, defcount, given, values)
    if given < len(args):
        required = args[:len(args) - defcount]
        if any(name not in values for name in required):
            _missing_arguments(f_name, required, True, values)
        for i, name in enumerate(args[len(args) - defcount:]):
            values.setdefault(name, defaults[i])
    missing = False
    for name in kwonlyargs:
        if name not in values:
            if kwonlydefaults and name in kwonlydefaults:
                values[name] = kwonlydefaults[name]
            else:
                missing = True
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


def getclosurevars(func):
    """Get the mapping of a function's free variables to their current values, as ClosureVars
    (nonlocals, globals, builtins, unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    nonlocal_vars = {} if func.__closure__ is None else {
        name: cell.cell_contents for name, cell in zip(code.co_freevars, func.__closure__)}
    namespace = func.__globals__
    builtins = namespace.get('__builtins__', sys.modules['builtins'].__dict__)
    if ismodule(builtins):
        builtins = builtins.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in getattr(code, 'co_names', ()):
        if name in ('None', 'True', 'False'):
            continue
        if name in namespace:
            global_vars[name] = namespace[name]
        elif name in builtins:
            builtin_vars[name] = builtins[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)
