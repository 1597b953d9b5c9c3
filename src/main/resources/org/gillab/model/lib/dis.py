"""
dis module: disassembles the model's bytecode with CPython 3.11's dis interface and text (Lib/dis.py).

The model compiles to CPython 3.11's instructions for most code, and _dis lays them out as 3.11 lays out
co_code: offsets in bytes that count each instruction's inline CACHE entries, relative jumps named by
direction, EXTENDED_ARG before a long argument. The opcode numbers are 3.11's (opcode.py). Where the
model's instructions differ from CPython's, dis shows the model's: they are the ones that run.
Written for the model; raw bytes (dis.dis(b"...")), findlabels, stack_effect and adaptive=True's
specialized instructions are left out, and distb and Bytecode.from_traceback fail: the model's
tracebacks keep each frame's name, file and line, not its code.
"""

import collections
import io
import sys
import types

import _dis
from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _nb_ops

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

CACHE = opmap["CACHE"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]

# co_flags bits by name (Include/cpython/code.h).
# The code-object flag bits, lowest first, by the names code_info's Flags line prints.
COMPILER_FLAG_NAMES = {1 << bit: name for bit, name in enumerate((
    'OPTIMIZED', 'NEWLOCALS', 'VARARGS', 'VARKEYWORDS', 'NESTED', 'GENERATOR', 'NOFREE', 'COROUTINE',
    'ITERABLE_COROUTINE', 'ASYNC_GENERATOR'))}


class _Unknown:
    """The argval of an argument dis does not resolve."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

Positions = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset', defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction", "opname opcode arg argval argrepr offset starts_line is_jump_target positions", defaults=[None])

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """One bytecode instruction, as get_instructions and Bytecode give it.

    Its fields: opname and opcode (the operation's name and number); arg (the raw argument, None if the
    operation takes none), argval (what the argument stands for: a constant, a name, a jump's target
    offset) and argrepr (how the listing shows it); offset (its byte offset in co_code); starts_line
    (the source line it begins, else None); is_jump_target; positions (a dis.Positions with the source
    span it came from).
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of dis's listing: line number, current mark, jump target mark, offset, name, argument."""
        fields = []
        if lineno_width:
            fields.append(' ' * lineno_width if self.starts_line is None else str(self.starts_line).rjust(lineno_width))
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(str(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(str(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = [COMPILER_FLAG_NAMES.get(1 << bit, hex(1 << bit)) for bit in range(32) if flags >> bit & 1]
    if flags >> 32:
        names.append(hex(flags >> 32 << 32))
    return ", ".join(names) if names else hex(flags)


def _try_compile(source, name):
    """An expression's code if source is one (so that dis shows its value returned), else the statements'."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    """The function or code object inside a method, function, generator, coroutine or async generator."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attribute in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % _dis.stacksize(co),
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, values, form in (("Constants:", co.co_consts, "%4d: %r"), ("Names:", _dis.names(co), "%4d: %s"),
                                ("Variable names:", co.co_varnames, "%4d: %s"),
                                ("Free variables:", co.co_freevars, "%4d: %s"),
                                ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if values:
            lines.append(title)
            lines.extend(form % item for item in enumerate(values))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Prints code_info(co) to file (sys.stdout when file is None)."""
    print(code_info(co), file=file)


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    last = None
    for _, _, offset, _, line, _ in _dis.instructions(code):
        if line is not None and line != last:
            last = line
            yield offset, line


def _parse_exception_table(code):
    return [_ExceptionTableEntry(*entry) for entry in _dis.exception_table(code)]


def _jump_target(op, arg, offset):
    """Where a relative jump at offset lands: 3.11's jumps have no caches, so they count from offset + 2."""
    return offset + 2 + (-arg if 'BACKWARD' in opname[op] else arg) * 2


def _argument(code, op, arg, offset, names, localsplus):
    """(argval, argrepr) of an instruction's argument, as 3.11's dis resolves it."""
    if op == LOAD_CONST:
        value = code.co_consts[arg]
        return value, repr(value)
    if op in hasconst:  # KW_NAMES: 3.11's dis resolves only LOAD_CONST's constant
        return UNKNOWN, ''
    if op == LOAD_GLOBAL:
        name = names[arg >> 1]
        return name, "NULL + " + name if arg & 1 else name
    if op in hasname:
        return names[arg], names[arg]
    if op in hasjrel:
        target = _jump_target(op, arg, offset)
        return target, "to " + repr(target)
    if op in haslocal or op in hasfree:
        return localsplus[arg], localsplus[arg]
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op == FORMAT_VALUE:
        converter, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        with_spec = bool(arg & 0x4)
        if with_spec:
            argrepr = argrepr + ', with format' if argrepr else 'with format'
        return (converter, with_spec), argrepr
    if op == MAKE_FUNCTION:
        return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg & 1 << bit)
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    return arg, ''


def _get_instructions(code, line_offset=0, show_caches=False, exception_entries=None):
    """The Instructions of a code object, its lines shifted by line_offset, CACHE entries shown if asked."""
    units = _dis.instructions(code)
    if exception_entries is None:
        exception_entries = _parse_exception_table(code)
    labels = {entry.target for entry in exception_entries}
    labels.update(_jump_target(opmap[name], arg, offset) for name, arg, offset, _, _, _ in units
                  if opmap[name] in hasjrel)
    names = _dis.names(code)
    localsplus = _dis.localsplusnames(code)
    last_line = None
    for name, arg, offset, caches, line, positions in units:
        op = opmap[name]
        starts_line = None
        if line is not None and line != last_line:
            last_line = line
            starts_line = line + line_offset
        positions = Positions(*positions)
        if op < HAVE_ARGUMENT:
            yield Instruction(name, op, None, None, '', offset, starts_line, offset in labels, positions)
        else:
            argval, argrepr = _argument(code, op, arg, offset, names, localsplus)
            yield Instruction(name, op, arg, argval, argrepr, offset, starts_line, offset in labels, positions)
        if show_caches:
            for entry in range(caches):
                yield Instruction("CACHE", CACHE, 0, None, '', offset + 2 * (entry + 1), None, False, positions)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples, one per instruction of x's code (a function, method, class,
    code object or source string).

    Line numbers are the code object's own unless first_line is given: then the code's first line is
    reported as first_line and the others shift with it.
    """
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions(co, line_offset, show_caches)


def _disassemble_code(code, lasti=-1, *, file=None, line_offset=0, show_caches=False, exception_entries=None):
    """The listing of one code object: its instructions, a blank line before each new source line, then
    its exception table (end inclusive, as 3.11 prints it)."""
    if exception_entries is None:
        exception_entries = _parse_exception_table(code)
    instructions = list(_get_instructions(code, line_offset, True, exception_entries))
    line_starts = [i.starts_line for i in instructions if i.starts_line is not None]
    if line_starts:
        lineno_width = max(3, len(str(max(line_starts))))
    else:
        lineno_width = 0
    last_offset = instructions[-1].offset if instructions else 0
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instruction in instructions:
        if instruction.opcode == CACHE and not show_caches:
            continue
        if lineno_width and instruction.starts_line is not None and instruction.offset > 0:
            print(file=file)
        print(instruction._disassemble(lineno_width, instruction.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_code(co, lasti, file=file, show_caches=show_caches)


disco = disassemble                     # XXX For backwards compatibility


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False):
    disassemble(co, file=file, show_caches=show_caches)
    if depth is None or depth > 0:
        inner_depth = None if depth is None else depth - 1
        for constant in co.co_consts:
            if isinstance(constant, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (constant,), file=file)
                _disassemble_recursive(constant, file=file, depth=inner_depth, show_caches=show_caches)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the disassembly of x: a module, class, method, function, generator, coroutine, code
    object, source string or bytes of raw bytecode. Without x, the last traceback's code is shown.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif hasattr(x, '__dict__'):  # a class or a module: each of its functions, methods and classes by name
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth, show_caches=show_caches)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _last_traceback(tb):
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    tb = _last_traceback(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches)


class Bytecode:
    """The instructions of x (a function, method, class, code object or source string), as an
    iterable of Instruction tuples with dis() and info() to show them as the module's functions do.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self._original_object = x  # for the repr
        self.codeobj = co = _get_code_object(x)
        # first_line renumbers the listing: every line moves by the same offset
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self.exception_entries = _parse_exception_table(co)
        self.current_offset, self.show_caches, self.adaptive = current_offset, show_caches, adaptive

    def __iter__(self):
        return _get_instructions(self.codeobj, self._line_offset, self.show_caches, self.exception_entries)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        tb = _last_traceback(tb)
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        output = io.StringIO()
        _disassemble_code(self.codeobj, -1 if self.current_offset is None else self.current_offset, file=output,
                          line_offset=self._line_offset, show_caches=self.show_caches,
                          exception_entries=self.exception_entries)
        return output.getvalue()
