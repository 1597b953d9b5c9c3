"""Object serialization: the GIL Lab model's pickle module.

Written for the model from the pickle format (as the pickle documentation and pickletools describe its
opcodes) and CPython 3.11's behaviour, not from its code. The pickler writes the bytes CPython's C
pickler writes: the same opcode for each value and protocol (0 to 5), the same memo (MEMOIZE from
protocol 4, PUT before), batches of 1000 items, and frames of about 64 KiB from protocol 4. Values that
have no opcode of their own go through reduction: pickle's dispatch_table or copyreg's, then the
object's __reduce_ex__(protocol) (object's own, in the model's copyreg, for instances of classes).
The unpickler reads every protocol's opcodes.
"""

import sys
from struct import pack, unpack
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle
from _codecs import encode as _codecs_encode
from _traceback import hide_frames

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET",
           "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE",
           "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)


# CPython's pickle takes these from its C accelerator: tracebacks name them _pickle.UnpicklingError
class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


# The opcodes (pickletools documents each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000  # items per APPENDS / SETITEMS / ADDITEMS
_FRAME_SIZE_TARGET = 64 * 1024  # a frame is closed once it holds this much
_FRAME_SIZE_MIN = 4  # smaller frames are written without their FRAME header
_TUPLE_SIZE_TO_OPCODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]


class PickleBuffer:
    """A buffer that protocol 5 may send out of band (through buffer_callback) instead of in the stream."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        self._view.release()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


class _Output:
    """The pickle being written, in frames from protocol 4: each frame is FRAME, its 8-byte length, its opcodes."""

    def __init__(self):
        self.data = bytearray()
        self.framing = False
        self.frame_start = -1  # where the current frame's opcodes start, -1 when none is open

    def write(self, data):
        if self.framing and self.frame_start < 0:
            self.data += b"\0" * 9  # room for the header, removed again if the frame stays small
            self.frame_start = len(self.data)
        self.data += data

    def write_large(self, header, payload):
        """A long bytes or str payload goes outside the frames (with its opcode), as CPython's pickler sends it."""
        if not self.framing or len(payload) < _FRAME_SIZE_TARGET:
            self.write(header)
            self.write(payload)
            return
        self.commit_frame()
        self.data += header
        self.data += payload

    def boundary(self):
        """Between two objects: a full frame is closed, the next write opens another."""
        if self.frame_start >= 0 and len(self.data) - self.frame_start >= _FRAME_SIZE_TARGET:
            self.commit_frame()

    def commit_frame(self):
        start = self.frame_start
        if start < 0:
            return
        size = len(self.data) - start
        if size >= _FRAME_SIZE_MIN:
            self.data[start - 9:start] = FRAME + pack("<Q", size)
        else:
            del self.data[start - 9:start]
        self.frame_start = -1


class Pickler:
    """Writes pickles of objects to a binary file (anything with write()), one dump() at a time."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = protocol = _protocol(protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}  # id(obj) -> (index, obj)
        self._module_names = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._out = out = _Output()
        # The hooks a subclass defines, bound for this dump only: kept, they would tie the pickler in a cycle.
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", dispatch_table)
        if self.proto >= 2:
            out.write(PROTO + bytes([self.proto]))
            out.framing = self.proto >= 4
        try:
            self.save(obj)
            out.write(STOP)
            out.commit_frame()
            self._file_write(bytes(out.data))
        finally:
            del self._out, self._persistent_id, self._reducer_override, self._dispatch_table

    def write(self, data):
        self._out.write(data)

    # -- dispatching

    def save(self, obj, save_persistent_id=True):
        self._out.boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            return self.write(NONE)
        if t is bool:
            return self._save_bool(obj)
        if t is int:
            return self._save_long(obj)
        if t is float:
            return self._save_float(obj)
        if id(obj) in self.memo:
            return self._save_get(obj)
        saver = self._savers.get(t)
        if saver is not None:
            return saver(self, obj)
        reduced = NotImplemented
        if self._reducer_override is not None:
            reduced = self._reducer_override(obj)
        if reduced is NotImplemented:
            if t is type:
                return self._save_type(obj)
            if t is _FunctionType:
                return self.save_global(obj)
            reduce = self._reducer_for(t)
            if reduce is not None:
                reduced = reduce(obj)
            elif issubclass(t, type):
                return self.save_global(obj)
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    reduced = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("can't pickle %r object: %r" % (t.__name__, obj))
                    reduced = reduce()
        if isinstance(reduced, str):
            return self.save_global(obj, reduced)
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *reduced)

    def _reducer_for(self, t):
        try:
            return self._dispatch_table[t]
        except KeyError:
            return None

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        if not isinstance(pid, str) or not pid.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.write(PERSID + pid.encode("ascii") + b"\n")

    # -- the memo

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = index, obj
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif not self.bin:
            self.write(PUT + str(index).encode("ascii") + b"\n")
        elif index < 256:
            self.write(BINPUT + bytes([index]))
        else:
            self.write(LONG_BINPUT + pack("<I", index))

    def _save_get(self, obj):
        index = self.memo[id(obj)][0]
        if not self.bin:
            self.write(GET + str(index).encode("ascii") + b"\n")
        elif index < 256:
            self.write(BINGET + bytes([index]))
        else:
            self.write(LONG_BINGET + pack("<I", index))

    def _recursed_into(self, obj):
        """Saving obj's items met obj itself: it is in the memo now, and that is what the items are dropped for."""
        return id(obj) in self.memo

    # -- atoms

    def _save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self.write(INT + repr(obj).encode("ascii") + b"\n")
            elif 0 <= obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self.write(BININT2 + pack("<H", obj))
            else:
                self.write(BININT + pack("<i", obj))
        elif self.proto >= 2:
            encoded = _encode_long(obj)
            if len(encoded) < 256:
                self.write(LONG1 + bytes([len(encoded)]) + encoded)
            else:
                self.write(LONG4 + pack("<i", len(encoded)) + encoded)
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            # Protocols 0-2 have no bytes opcode: bytes are rebuilt by codecs.encode from latin-1 text.
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.write_large(SHORT_BINBYTES + bytes([n]), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._out.write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._out.write_large(SHORT_BINUNICODE + bytes([n]), encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._out.write_large(BINUNICODE + pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers

    def _save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            if self._recursed_into(obj):
                self.write(POP * n)
                self._save_get(obj)
                return
            self.write(_TUPLE_SIZE_TO_OPCODE[n])
        else:
            self.write(MARK)
            for item in obj:
                self.save(item)
            if self._recursed_into(obj):
                # Drop the items (and the mark): POP_MARK does it in one from protocol 1.
                self.write(POP_MARK if self.bin else POP * (n + 1))
                self._save_get(obj)
                return
            self.write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin or len(obj) <= 1:
            self._batch_appends(iter(obj))
            return
        # A list itself is written in MARK ... APPENDS batches, even a last batch of one item.
        for start in range(0, len(obj), _BATCHSIZE):
            self.write(MARK)
            for item in obj[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(APPENDS)

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        while True:
            batch = _take(items, _BATCHSIZE)
            if len(batch) == 1:
                self.save(batch[0])
                self.write(APPEND)
            elif batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(APPENDS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        if len(obj) == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self.write(SETITEM)
            return
        # A dict itself is written in full batches, the last one possibly empty.
        items = iter(obj.items())
        while True:
            batch = _take(items, _BATCHSIZE)
            self.write(MARK)
            for key, value in batch:
                self.save(key)
                self.save(value)
            self.write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        if not self.bin:
            for item in items:
                key, value = _pair(item)
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            return
        while True:
            batch = [_pair(item) for item in _take(items, _BATCHSIZE)]
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self.write(SETITEM)
            elif batch:
                self.write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self.write(SETITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = iter(obj)
        while obj:
            batch = _take(items, _BATCHSIZE)
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if self._recursed_into(obj):
            self.write(POP_MARK)
            self._save_get(obj)
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        if self._buffer_callback is not None and not self._buffer_callback(obj):
            self.write(NEXT_BUFFER)
            if view.readonly:
                self.write(READONLY_BUFFER)
            return
        if view.readonly:
            self._save_bytes(view.tobytes())
        else:
            self._save_bytearray(bytearray(view))

    # -- globals and reductions

    def _save_type(self, obj):
        # The singletons' types have no name to be found by: they are type(None) and so on.
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                return self.save_reduce(type, (singleton,), obj=obj)
        self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        path = name.split(".")
        if "<locals>" in path:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = self._module_name(obj, _which_module(obj, name))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        parent = None
        found = module
        try:
            for part in path:
                parent, found = found, getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if code <= 0xff:
                    self.write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            # A nested name before protocol 4: getattr(the enclosing object, the last name).
            self.save_reduce(getattr, (parent, path[-1]))
        else:
            if self.fix_imports:
                module_name, name = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name), (module_name, name))
                module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                line = module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n"
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %d"
                                    % (module_name, name, self.proto)) from None
            self.write(GLOBAL + line)
        self.memoize(obj)

    def _module_name(self, obj, module_name):
        """One str object per module name, so the memo sends it once, as CPython's does: there a module's globals
        share the module's __name__, while the built-in types (and objects found by searching sys.modules)
        share one interned copy of the name."""
        interned = isinstance(obj, type) and not obj.__flags__ & _HEAPTYPE or getattr(obj, "__module__", None) is None
        key = (interned, module_name)
        return self._module_names.setdefault(key, module_name)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            self._save_newobj_ex(obj, args)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if self._recursed_into(obj):
                # The arguments held obj itself: drop what was built and take the memo's.
                self.write(POP)
                self._save_get(obj)
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                # state_setter(obj, state), its result dropped: the stack is left as it was.
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, obj, args):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                % type(cls).__name__)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                % (obj.__class__.__name__, cls.__name__))
        if not isinstance(cls_args, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                % type(cls_args).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                % type(kwargs).__name__)
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self.write(NEWOBJ_EX)
        else:
            from functools import partial
            self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
            self.save(())
            self.write(REDUCE)

    _savers = {}


Pickler._savers.update({
    bytes: Pickler._save_bytes,
    str: Pickler._save_str,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    list: Pickler._save_list,
    tuple: Pickler._save_tuple,
    bytearray: Pickler._save_bytearray,
    PickleBuffer: Pickler._save_picklebuffer,
})

_FunctionType = type(_protocol)
_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: the class was made by a class statement


def _which_module(obj, name):
    """The module a global lives in: its __module__, else the loaded module where the name finds it."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            found = module
            for part in name.split("."):
                found = getattr(found, part)
        except AttributeError:
            continue
        if found is obj:
            return module_name
    return "__main__"


def _take(iterator, n):
    batch = []
    for item in iterator:
        batch.append(item)
        if len(batch) == n:
            break
    return batch


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _is_iterator(obj):
    return hasattr(type(obj), "__next__")


def _encode_long(x):
    """x as the fewest little-endian two's complement bytes (LONG1/LONG4's payload)."""
    magnitude = ~x if x < 0 else x
    return x.to_bytes(magnitude.bit_length() // 8 + 1, "little", signed=True)


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _read_int(data):
    """INT's payload as C's load_int reads it: any int() error, the digit limit's too, is one message."""
    try:
        value = int(data, 0)
    except ValueError:
        value = None
    if value is None:
        raise ValueError("could not convert string to int")
    return value


def _raw_unicode_escape(text):
    """UNICODE's payload: latin-1 bytes, with \\uXXXX for what would end or confuse the line."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out += b"\\U%08x" % code
        elif code >= 0x100 or ch in "\\\0\n\r\x1a":
            out += b"\\u%04x" % code
        else:
            out.append(code)
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        byte = data[i]
        if byte == 0x5c and i + 1 < n and data[i + 1] in b"uU":
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, n, "truncated \\uXXXX escape"
                                         if width == 4 else "truncated \\UXXXXXXXX escape")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(chr(byte))
            i += 1
    return "".join(out)


_STRING_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\n": ""}


def _escape_decode(text):
    """A Python 2 str literal's body (STRING's payload) as bytes: backslash escapes resolved."""
    out = bytearray()
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 == len(text):
            out += ch.encode("latin1")
            i += 1
            continue
        ch = text[i + 1]
        if ch in _STRING_ESCAPES:
            out += _STRING_ESCAPES[ch].encode("latin1")
            i += 2
        elif ch == "x":
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif ch in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xff)
            i = j
        else:
            out += b"\\"
            i += 1
    return bytes(out)


# -- unpickling

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads pickles of objects from a binary file (anything with read() and readline()), one load() at a time."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        """Reads one pickled object from the file and returns it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.metastack = []
        self.stack = []
        dispatch = self._dispatch
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %s." % _key_repr(key[0]))
                handler(self)
        except _Stop as stop:
            return stop.value

    # -- reading

    def read(self, n):
        return self._file_read(n)

    def _read_exactly(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_sized(self, length_format):
        size = unpack(length_format, self._read_exactly(_SIZES[length_format]))[0]
        if size > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        return self._read_exactly(size)

    # -- the stack and its marks

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def append(self, value):
        self.stack.append(value)

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        raise UnpicklingError("unpickling stack underflow")

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def load_proto(self):
        proto = self._read_exactly(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self._read_exactly(8)  # the frame's length: its opcodes follow and are read as any others

    # -- atoms

    def load_none(self):
        self.append(None)

    def load_newfalse(self):
        self.append(False)

    def load_newtrue(self):
        self.append(True)

    def load_int(self):
        data = self.readline()[:-1]
        if data == b"00":
            self.append(False)
        elif data == b"01":
            self.append(True)
        else:
            self.append(_read_int(data))

    def load_binint(self):
        self.append(unpack("<i", self._read_exactly(4))[0])

    def load_binint1(self):
        self.append(self._read_exactly(1)[0])

    def load_binint2(self):
        self.append(unpack("<H", self._read_exactly(2))[0])

    def load_long(self):
        # C's load_long reads the line in base 10 with its 'L' cut off, and a line break after no 'L' kept
        line = self.readline()
        self.append(int((line[:-2] if line.endswith(b"L\n") else line).decode("latin-1"), 10))

    def load_long1(self):
        self.append(_decode_long(self._read_sized("<B")))

    def load_long4(self):
        size = unpack("<i", self._read_exactly(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._read_exactly(size)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack(">d", self._read_exactly(8))[0])

    def _decode_string(self, value):
        # Python 2 str: bytes when asked for, else text in the given encoding.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data.decode("latin1"))))

    def load_binstring(self):
        size = unpack("<i", self._read_exactly(4))[0]
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exactly(size)))

    def load_short_binstring(self):
        self.append(self._decode_string(self._read_sized("<B")))

    def load_binbytes(self):
        self.append(self._read_sized("<I"))

    def load_short_binbytes(self):
        self.append(self._read_sized("<B"))

    def load_binbytes8(self):
        self.append(self._read_sized("<Q"))

    def load_bytearray8(self):
        self.append(bytearray(self._read_sized("<Q")))

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        self.append(str(self._read_sized("<I"), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        self.append(str(self._read_sized("<B"), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        self.append(str(self._read_sized("<Q"), "utf-8", "surrogatepass"))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            self.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer(self):
        buffer = self._top()
        # The model's memoryview() takes no PickleBuffer (a Python class here): its raw() view is the same.
        view = buffer.raw() if isinstance(buffer, PickleBuffer) else memoryview(buffer)
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    # -- containers

    def load_tuple(self):
        self.append(tuple(self.pop_mark()))

    def load_empty_tuple(self):
        self.append(())

    def _load_small_tuple(self, n):
        if len(self.stack) < n:
            self._underflow()
        items = tuple(self.stack[-n:])
        del self.stack[-n:]
        self.append(items)

    def load_tuple1(self):
        self._load_small_tuple(1)

    def load_tuple2(self):
        self._load_small_tuple(2)

    def load_tuple3(self):
        self._load_small_tuple(3)

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        self.append(frozenset(self.pop_mark()))

    def load_list(self):
        self.append(self.pop_mark())

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, (set, frozenset)):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    # -- objects

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def find_class(self, module, name):
        """The global module.name (a dotted name from protocol 4), Python 2's names mapped before protocol 3."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        found = sys.modules[module]
        if self.proto < 4:
            return getattr(found, name)
        for part in name.split("."):
            if part == "<locals>":
                raise AttributeError("Can't get local attribute %r on %r" % (name, found))
            try:
                found = getattr(found, part)
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules[module])) from None
        return found

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, klass, args):
        # INST and OBJ, protocol 0 and 1's instances: __init__ is not called unless there are arguments.
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err), err.__traceback__) from None
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        self._instantiate(args.pop(0), args)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                if type(key) is str:
                    inst_dict[intern(key)] = value
                else:
                    inst_dict[key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self._persistent(pid))

    def load_binpersid(self):
        self.append(self._persistent(self._pop()))

    def _persistent(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load(pid)

    def _load_extension(self, code):
        obj = _extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_extension(self._read_exactly(1)[0])

    def load_ext2(self):
        self._load_extension(unpack("<H", self._read_exactly(2))[0])

    def load_ext4(self):
        self._load_extension(unpack("<i", self._read_exactly(4))[0])

    # -- the memo

    def _memo_get(self, index):
        try:
            self.append(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read_exactly(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack("<I", self._read_exactly(4))[0])

    def load_put(self):
        index = int(self.readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def load_binput(self):
        self.memo[self._read_exactly(1)[0]] = self._top()

    def load_long_binput(self):
        index = unpack("<I", self._read_exactly(4))[0]
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()


_MISSING = object()
_SIZES = {"<B": 1, "<H": 2, "<I": 4, "<i": 4, "<Q": 8}


def _key_repr(byte):
    # As CPython's message shows a bad opcode: the character itself when printable, else its escape.
    return "'%s'" % chr(byte) if 0x20 <= byte < 0x7f else "'\\x%02x'" % byte


Unpickler._dispatch = {opcode[0]: getattr(Unpickler, "load_" + name.lower()) for name, opcode in {
    "MARK": MARK, "STOP": STOP, "POP": POP, "POP_MARK": POP_MARK, "DUP": DUP, "FLOAT": FLOAT, "INT": INT,
    "BININT": BININT, "BININT1": BININT1, "LONG": LONG, "BININT2": BININT2, "NONE": NONE, "PERSID": PERSID,
    "BINPERSID": BINPERSID, "REDUCE": REDUCE, "STRING": STRING, "BINSTRING": BINSTRING,
    "SHORT_BINSTRING": SHORT_BINSTRING, "UNICODE": UNICODE, "BINUNICODE": BINUNICODE, "APPEND": APPEND,
    "BUILD": BUILD, "GLOBAL": GLOBAL, "DICT": DICT, "EMPTY_DICT": EMPTY_DICT, "APPENDS": APPENDS, "GET": GET,
    "BINGET": BINGET, "INST": INST, "LONG_BINGET": LONG_BINGET, "LIST": LIST, "EMPTY_LIST": EMPTY_LIST,
    "OBJ": OBJ, "PUT": PUT, "BINPUT": BINPUT, "LONG_BINPUT": LONG_BINPUT, "SETITEM": SETITEM, "TUPLE": TUPLE,
    "EMPTY_TUPLE": EMPTY_TUPLE, "SETITEMS": SETITEMS, "BINFLOAT": BINFLOAT, "PROTO": PROTO, "NEWOBJ": NEWOBJ,
    "EXT1": EXT1, "EXT2": EXT2, "EXT4": EXT4, "TUPLE1": TUPLE1, "TUPLE2": TUPLE2, "TUPLE3": TUPLE3,
    "NEWTRUE": NEWTRUE, "NEWFALSE": NEWFALSE, "LONG1": LONG1, "LONG4": LONG4, "BINBYTES": BINBYTES,
    "SHORT_BINBYTES": SHORT_BINBYTES, "SHORT_BINUNICODE": SHORT_BINUNICODE, "BINUNICODE8": BINUNICODE8,
    "BINBYTES8": BINBYTES8, "EMPTY_SET": EMPTY_SET, "ADDITEMS": ADDITEMS, "FROZENSET": FROZENSET,
    "NEWOBJ_EX": NEWOBJ_EX, "STACK_GLOBAL": STACK_GLOBAL, "MEMOIZE": MEMOIZE, "FRAME": FRAME,
    "BYTEARRAY8": BYTEARRAY8, "NEXT_BUFFER": NEXT_BUFFER, "READONLY_BUFFER": READONLY_BUFFER,
}.items()}


class _BytesReader:
    """The read() and readline() loads() gives its unpickler over a bytes-like object."""

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        start = self.pos
        self.pos = min(start + n, len(self.data))
        return self.data[start:self.pos]

    def readline(self):
        start = self.pos
        end = self.data.find(b"\n", start)
        self.pos = len(self.data) if end < 0 else end + 1
        return self.data[start:self.pos]


class _BytesWriter:
    def write(self, data):
        self.value = data


# -- the shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _BytesWriter()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.value


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def _hide_from_tracebacks():
    """CPython's pickle is C (_pickle): its tracebacks show the caller's frame and those of the Python
    code pickling calls (a __reduce__, a persistent_id), none of the pickler's own."""
    for value in list(globals().values()):
        members = vars(value).values() if isinstance(value, type) and value.__module__ in (__name__, '_pickle') else (value,)
        for member in members:
            if isinstance(member, _FunctionType) and member.__module__ == __name__:
                hide_frames(member)


_hide_from_tracebacks()
