package org.gillab.model.object;

import java.util.Arrays;
import java.util.List;

/**
 * The behaviour of the built-in exception types (Objects/exceptions.c): BaseException's __new__,
 * __init__, __str__ and attributes, and what OSError, KeyError, SystemExit, StopIteration, ImportError,
 * NameError, AttributeError and SyntaxError add; BaseExceptionGroup's are {@link ExceptionGroups}'.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    static PyType define(String name, PyType base, PyType... moreBases) {
        PyType.Builder b = PyType.builder(name);
        if (base == null) {
            b.newInstance(ExceptionTypes::newException)
                    .method("__init__", ExceptionTypes::init)
                    .method("__str__", (self, args) -> new PyStr(args.thread(), builtinStr((PyException) self)))
                    .method("__repr__", (self, args) -> new PyStr(args.thread(), self.repr()))
                    .method("with_traceback", ExceptionTypes::withTraceback)
                    .method("add_note", ExceptionTypes::addNote)
                    .method("__reduce__", Reductions::exceptionReduce)
                    .property("args", (ts, self) -> ts.newRef(ex(self).args()),
                            ExceptionTypes::setArgs)
                    .property("__traceback__", (ts, self) -> PyTraceback.of(ts, ex(self).traceback()),
                            ExceptionTypes::setTraceback)
                    .property("__cause__", (ts, self) -> orNone(ts, ex(self).cause()), ExceptionTypes::setCause)
                    .property("__context__", (ts, self) -> orNone(ts, ex(self).context()),
                            (ts, self, value) -> ex(self).setContext(ts, value == PyNone.NONE ? null : value))
                    .property("__suppress_context__", (ts, self) -> PyBool.of(ex(self).suppressContext()),
                            (ts, self, value) -> ex(self).setSuppressContext(value.truthy()));
        } else {
            b.base(base).moreBases(moreBases).subclassable();
        }
        switch (name) {
            case "BaseExceptionGroup" -> ExceptionGroups.addTo(b);
            case "SystemExit" -> b.getter("code", (ts, self) -> systemExitCode(ts, ex(self)));
            case "StopIteration" -> b.getter("value", (ts, self) -> arg(ts, ex(self), 0));
            case "ImportError", "NameError", "AttributeError", "SyntaxError", "UnicodeEncodeError", "UnicodeDecodeError",
                    "UnicodeTranslateError" -> {
                for (String attribute : members(name)) {
                    b.property(attribute, (ts, self) -> ts.newRef(member(ex(self), attribute)),
                            (ts, self, v) -> ex(self).setMember(ts, attribute, v));
                }
                if (name.equals("SyntaxError")) {
                    b.property("print_file_and_line", (ts, self) -> ts.newRef(member(ex(self), "print_file_and_line")),
                            (ts, self, v) -> ex(self).setMember(ts, "print_file_and_line", v));
                }
            }
            case "OSError" -> {
                for (int i = 0; i < OS_MEMBERS.size(); i++) {
                    String attribute = OS_MEMBERS.get(i);
                    int index = i == 3 ? 4 : i; // filename2 is the fifth argument (the fourth is winerror)
                    b.property(attribute, (ts, self) -> orNone(ts, osMember(ex(self), attribute, index)),
                            (ts, self, v) -> ex(self).setMember(ts, attribute, v == null ? PyNone.NONE : v));
                }
            }
            default -> { }
        }
        return b.build();
    }

    private static PyException ex(PyObject self) {
        return (PyException) self;
    }

    private static PyObject orNone(ThreadState ts, PyObject o) {
        return ts.newRef(o == null ? PyNone.NONE : o);
    }

    /** BaseException.__new__(cls, *args): OSError(errno, strerror[, filename...]) becomes the subclass the errno names. */
    private static PyObject newException(PyType cls, Args args) {
        ThreadState ts = args.thread();
        PyType type = cls;
        if (cls == PyErrors.OS_ERROR && args.size() >= 2 && args.size() <= 5 && args.get(0) instanceof PyInt errno && errno.big == null) {
            type = osErrorSubclass((int) errno.value);
        }
        PyTuple tuple = osErrorUsesInit(cls) ? PyTuple.of(ts) : PyTuple.of(ts, args.positional().toArray(new PyObject[0]));
        PyException e = new PyException(ts, type, tuple);
        ts.decref(tuple);
        moveOsErrorFilenames(ts, e);
        return e;
    }

    /**
     * BaseException.__init__(self, *args) and its extensions: the args become args; the keyword-only
     * members of ImportError (name, path), NameError (name) and AttributeError (name, obj) are set, or
     * unset when not given, and other keywords refused; then the members set from the positional args.
     */
    private static PyObject init(PyObject self, Args args) {
        ThreadState ts = args.thread();
        PyException e = ex(self);
        PyType owner = keywordOwner(e.type());
        List<String> accepted = owner == null ? List.of() : keywordMembers(owner.name());
        for (String k : args.keywordNames()) {
            if (owner == null) {
                throw PyErrors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            if (!accepted.contains(k)) {
                throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + owner.name() + "()");
            }
        }
        PyTuple tuple = PyTuple.of(ts, args.positional().toArray(new PyObject[0]));
        e.setArgs(ts, tuple);
        ts.decref(tuple);
        for (String k : accepted) {
            e.setMember(ts, k, args.keywordNames().contains(k) ? args.keyword(k) : null);
        }
        PyType unicodeKind = unicodeErrorKind(e.type());
        if (unicodeKind != null) {
            unicodeMembers(ts, e, unicodeKind, args.positional()); // its argument count is checked too
            return PyNone.NONE;
        }
        positionalMembers(ts, e, args.positional());
        return PyNone.NONE;
    }

    /** The built-in type whose __init__ takes keyword-only members, of those {@code type} derives from, or null. */
    private static PyType keywordOwner(PyType type) {
        for (PyType owner : List.of(PyErrors.IMPORT_ERROR, PyErrors.NAME_ERROR, PyErrors.ATTRIBUTE_ERROR)) {
            if (type.isSubtypeOf(owner)) {
                return owner;
            }
        }
        return null;
    }

    /** The members a built-in exception type adds to its base's, by the type's name. */
    private static List<String> members(String type) {
        return switch (type) {
            case "ImportError" -> List.of("name", "path", "msg");
            case "NameError" -> List.of("name");
            case "AttributeError" -> List.of("name", "obj");
            case "SyntaxError" -> SYNTAX_MEMBERS;
            case "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError" -> UNICODE_MEMBERS;
            default -> List.of();
        };
    }

    /** The members __init__ takes as keyword-only arguments: all but msg, which comes from the positional ones. */
    private static List<String> keywordMembers(String type) {
        return members(type).stream().filter(m -> !m.equals("msg")).toList();
    }

    /** UnicodeEncodeError's and UnicodeDecodeError's members, their __init__'s five arguments in order. */
    private static final List<String> UNICODE_MEMBERS = List.of("encoding", "object", "start", "end", "reason");

    /** The Unicode error type {@code type} derives from, of the three that take members, or null. */
    private static PyType unicodeErrorKind(PyType type) {
        for (PyType kind : List.of(PyErrors.UNICODE_ENCODE_ERROR, PyErrors.UNICODE_DECODE_ERROR, PyErrors.UNICODE_TRANSLATE_ERROR)) {
            if (type.isSubtypeOf(kind)) {
                return kind;
            }
        }
        return null;
    }

    /** How many arguments the Unicode error type {@code kind} takes: UnicodeTranslateError has no encoding. */
    private static int unicodeArity(PyType kind) {
        return kind == PyErrors.UNICODE_TRANSLATE_ERROR ? 4 : 5;
    }

    /**
     * UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (object bytes-like, kept as
     * bytes) and UnicodeTranslateError(object, start, end, reason), checked as their __init__'s "UOnnU"
     * format checks them: each argument becomes its member.
     */
    private static void unicodeMembers(ThreadState ts, PyException e, PyType kind, List<PyObject> args) {
        boolean translate = kind == PyErrors.UNICODE_TRANSLATE_ERROR;
        int expected = unicodeArity(kind);
        if (args.size() != expected) {
            throw PyErrors.typeError("function takes exactly " + expected + " arguments (" + args.size() + " given)");
        }
        List<PyObject> all = translate ? Arrays.asList(PyNone.NONE, args.get(0), args.get(1), args.get(2), args.get(3)) : args;
        for (int i = translate ? 1 : 0; i < 5; i++) {
            PyObject value = all.get(i);
            int position = translate ? i : i + 1;
            boolean ok = switch (UNICODE_MEMBERS.get(i)) {
                case "start", "end" -> Numbers.asInt(value) != null;
                case "object" -> kind == PyErrors.UNICODE_DECODE_ERROR ? PyBytes.buffer(value) != null : value instanceof PyStr;
                default -> value instanceof PyStr;
            };
            if (!ok) {
                String member = UNICODE_MEMBERS.get(i);
                if (member.equals("start") || member.equals("end")) {
                    throw PyErrors.typeError("'" + value.type().name() + "' object cannot be interpreted as an integer");
                }
                if (member.equals("object") && kind == PyErrors.UNICODE_DECODE_ERROR) {
                    throw PyErrors.typeError("a bytes-like object is required, not '" + value.type().name() + "'");
                }
                throw PyErrors.badArgument("argument " + position, "str", value);
            }
        }
        for (int i = 0; i < 5; i++) {
            PyObject value = all.get(i);
            if (UNICODE_MEMBERS.get(i).equals("object") && kind == PyErrors.UNICODE_DECODE_ERROR
                    && !(value instanceof PyBytes b && !b.mutable)) {
                PyBytes copy = new PyBytes(ts, PyBytes.buffer(value), false); // a bytearray or memoryview is kept as bytes
                e.setMember(ts, "object", copy);
                ts.decref(copy);
            } else {
                e.setMember(ts, UNICODE_MEMBERS.get(i), value);
            }
        }
    }

    /**
     * UnicodeEncodeError_str and its kin: from the members, not the args ("'ascii' codec can't encode
     * character '\xe9' in position 1: ordinal not in range(128)"); null while object is unset (a codec of the JVM's
     * that could not say where it failed raised it with a message alone), for the args' str.
     */
    private static String unicodeErrorStr(PyException e, PyType kind) {
        PyObject object = e.member("object");
        if (object == null) {
            return null;
        }
        long start = member(e, "start") instanceof PyInt s ? s.value : 0;
        long end = member(e, "end") instanceof PyInt n ? n.value : 0;
        String reason = member(e, "reason").str();
        String prefix = kind == PyErrors.UNICODE_TRANSLATE_ERROR ? "can't translate "
                : "'" + member(e, "encoding").str() + "' codec can't " + (kind == PyErrors.UNICODE_ENCODE_ERROR ? "encode " : "decode ");
        if (kind == PyErrors.UNICODE_DECODE_ERROR) {
            byte[] bytes = object instanceof PyBytes b ? b.value() : new byte[0];
            return start < bytes.length && end == start + 1
                    ? prefix + String.format("byte 0x%02x in position %d: %s", bytes[(int) start] & 0xff, start, reason)
                    : prefix + "bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        int[] points = ((PyStr) object).value.codePoints().toArray();
        if (start < points.length && end == start + 1) {
            int c = points[(int) start];
            return prefix + "character '" + Codecs.escaped(c) + "' in position " + start + ": " + reason;
        }
        return prefix + "characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /**
     * The members ImportError and SyntaxError set from their positional arguments, when built from Python
     * or raised by the model (for which CPython, too, calls the type): ImportError's msg is its one
     * argument, else unset; SyntaxError's msg is the first argument, and a second is the details; a
     * Unicode error given its full arguments sets its members from them (one raised with a message alone
     * keeps none).
     */
    static void positionalMembers(ThreadState ts, PyException e, List<PyObject> args) {
        PyType unicodeKind = unicodeErrorKind(e.type());
        if (e.type().isSubtypeOf(PyErrors.IMPORT_ERROR)) {
            e.setMember(ts, "msg", args.size() == 1 ? args.get(0) : null);
        } else if (unicodeKind != null && args.size() == unicodeArity(unicodeKind)) {
            unicodeMembers(ts, e, unicodeKind, args);
        } else if (e.type().isSubtypeOf(PyErrors.SYNTAX_ERROR)) {
            if (!args.isEmpty()) {
                e.setMember(ts, "msg", args.get(0));
            }
            if (args.size() == 2) {
                setSyntaxDetails(ts, e, args.get(1));
            }
        } else if (e.type().isSubtypeOf(PyErrors.OS_ERROR)) {
            moveOsErrorFilenames(ts, e);
        }
    }

    /**
     * SyntaxError(msg, details): details, any iterable, gives filename, lineno, offset and text, then
     * optionally end_lineno and end_offset, which are unset first; a wrong count is the TypeError of
     * CPython's argument parser, and end_lineno without end_offset is refused once the others are set.
     */
    static void setSyntaxDetails(ThreadState ts, PyException e, PyObject details) {
        List<PyObject> items = Ops.toList(ts, details);
        try {
            e.setMember(ts, "end_lineno", null);
            e.setMember(ts, "end_offset", null);
            int n = items.size();
            if (n < 4 || n > 6) {
                throw PyErrors.typeError("function takes " + (n < 4 ? "at least 4" : "at most 6") + " arguments (" + n + " given)");
            }
            for (int i = 0; i < n; i++) {
                e.setMember(ts, SYNTAX_MEMBERS.get(i + 1), items.get(i));
            }
            if (n == 5) {
                throw PyErrors.typeError("end_offset must be provided when end_lineno is provided");
            }
        } finally {
            items.forEach(ts::decref);
        }
    }

    private static PyObject withTraceback(PyObject self, Args args) {
        args.expectPositional("with_traceback", 1, 1);
        PyObject tb = args.get(0);
        ex(self).replaceTraceback(args.thread(), tb instanceof PyTraceback t ? t.frames() : List.of());
        return args.thread().newRef(self);
    }

    /** exc.__traceback__ = tb or None (contextlib puts back the traceback an exception had on entering __exit__). */
    private static void setTraceback(ThreadState ts, PyObject self, PyObject value) {
        if (value != PyNone.NONE && !(value instanceof PyTraceback)) {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
        ex(self).replaceTraceback(ts, value instanceof PyTraceback t ? t.frames() : List.of());
    }

    /** add_note(note): appends to __notes__ (3.11), which tracebacks print after the message. */
    private static PyObject addNote(PyObject self, Args args) {
        args.expectPositional("add_note", 1, 1);
        ThreadState ts = args.thread();
        if (!(args.get(0) instanceof PyStr)) {
            throw PyErrors.typeError("note must be a str, not '" + args.get(0).type().name() + "'");
        }
        PyDict dict = self.dictOrNull();
        PyObject notes = dict.get("__notes__");
        if (notes == null) {
            PyList list = new PyList(ts);
            dict.put(ts, "__notes__", list);
            ts.decref(list);
            notes = list;
        }
        ((PyList) notes).append(ts, args.get(0));
        return PyNone.NONE;
    }

    private static void setCause(ThreadState ts, PyObject self, PyObject value) {
        if (value != PyNone.NONE && !(value instanceof PyException)) {
            throw PyErrors.typeError("exception cause must be None or derive from BaseException");
        }
        ex(self).setCause(ts, value);
    }

    /** e.args = iterable: stored as a tuple. */
    private static void setArgs(ThreadState ts, PyObject self, PyObject value) {
        PyTuple tuple = value instanceof PyTuple t ? ts.newRef(t) : new PyTuple(ts, Ops.toList(ts, value).toArray(new PyObject[0]));
        ex(self).setArgs(ts, tuple);
        ts.decref(tuple);
    }

    private static PyObject arg(ThreadState ts, PyException e, int i) {
        return ts.newRef(e.args().size() > i ? e.args().get(i) : PyNone.NONE);
    }

    /** OSError's writable members, in the order of the constructor arguments they come from. */
    private static final List<String> OS_MEMBERS = List.of("errno", "strerror", "filename", "filename2");

    /**
     * OSError's member {@code name}, borrowed, or null when unset (CPython's NULL): the value assigned to it,
     * else the constructor argument at {@code index} when it was given two to five (a None filename is unset).
     */
    private static PyObject osMember(PyException e, String name, int index) {
        PyObject assigned = e.member(name);
        if (assigned != null) {
            return assigned;
        }
        PyTuple args = e.args();
        if (args.size() < 2 || args.size() > 5 || args.size() <= index) {
            return null;
        }
        PyObject value = args.get(index);
        return index >= 2 && value == PyNone.NONE ? null : value;
    }

    /**
     * OSError(errno, strerror, filename[, winerror[, filename2]]) with a filename: the filenames become
     * members and args keeps (errno, strerror), as oserror_init does, so repr() shows two arguments.
     */
    private static void moveOsErrorFilenames(ThreadState ts, PyException e) {
        PyTuple args = e.args();
        if (!e.type().isSubtypeOf(PyErrors.OS_ERROR) || args.size() < 3 || args.size() > 5 || args.get(2) == PyNone.NONE) {
            return;
        }
        e.setMember(ts, "filename", args.get(2));
        if (args.size() == 5 && args.get(4) != PyNone.NONE) {
            e.setMember(ts, "filename2", args.get(4));
        }
        PyTuple errnoAndMessage = PyTuple.of(ts, args.get(0), args.get(1));
        e.setArgs(ts, errnoAndMessage);
        ts.decref(errnoAndMessage);
    }

    /**
     * oserror_use_init: a subclass of OSError that overrides __init__ but not __new__ gets its args from
     * its __init__ alone (empty unless it calls OSError.__init__), not from __new__.
     */
    private static boolean osErrorUsesInit(PyType cls) {
        return cls != PyErrors.OS_ERROR && cls.isSubtypeOf(PyErrors.OS_ERROR)
                && cls.lookup("__init__") != PyErrors.OS_ERROR.lookup("__init__")
                && cls.lookup("__new__") == PyErrors.OS_ERROR.lookup("__new__");
    }

    /** SyntaxError's members: SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
    private static final List<String> SYNTAX_MEMBERS = List.of("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset");

    /** A member's value, borrowed: None when it is not set. */
    private static PyObject member(PyException e, String name) {
        PyObject value = e.member(name);
        return value == null ? PyNone.NONE : value;
    }

    /**
     * What print_exception shows of a SyntaxError whose lineno is an int: the "File ..., line N" block
     * (the file "<string>" when filename is None) with the source line and carets, then "SyntaxError:
     * msg"; null for any other exception.
     */
    public static String syntaxErrorReport(PyException e) {
        if (!e.type().isSubtypeOf(PyErrors.SYNTAX_ERROR) || !(member(e, "lineno") instanceof PyInt line)) {
            return null;
        }
        PyObject file = member(e, "filename");
        int offset = member(e, "offset") instanceof PyInt o ? (int) o.value : 0;
        int endOffset = member(e, "end_offset") instanceof PyInt o && o.value > 0 ? (int) o.value : offset + 1;
        String text = member(e, "text") instanceof PyStr t ? t.value : null;
        return org.gillab.model.compile.CompileError.report(e.type().name(), file == PyNone.NONE ? "<string>" : file.str(),
                (int) line.value, offset - 1, endOffset - 1, text, member(e, "msg").str());
    }

    /**
     * The notes PyErr_Display prints after an exception's last line (a __notes__ list): each note's str as
     * str.splitlines(keepends=True) splits it, each line to be printed after the margin of the group it is in.
     */
    public static List<List<String>> noteLines(PyException e) {
        PyDict dict = e.dictOrNull();
        if (dict == null || !(dict.get("__notes__") instanceof PyList notes)) {
            return List.of();
        }
        return notes.snapshot().stream().map(note -> StringLib.splitlines(note.str(), true, false)).toList();
    }

    /** SystemExit.code: None, the one argument, or the args tuple. */
    private static PyObject systemExitCode(ThreadState ts, PyException e) {
        PyTuple args = e.args();
        return ts.newRef(args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args);
    }

    /** SystemExit's code as a Java value for the process exit: null, a Long, or the code's str. */
    public static Object exitCode(PyException e) {
        PyTuple args = e.args();
        PyObject code = args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        if (code == PyNone.NONE) {
            return null;
        }
        if (code instanceof PyInt i) {
            return i.big == null ? (Object) i.value : (Object) i.big;
        }
        if (code instanceof PyBool b) {
            return b.value ? 1L : 0L;
        }
        return code.str();
    }

    /** BaseException.__str__ and its overrides in C: KeyError, OSError, SyntaxError, BaseExceptionGroup. */
    static String builtinStr(PyException e) {
        PyTuple args = e.args();
        PyType type = e.type();
        if (type.isSubtypeOf(PyErrors.KEY_ERROR) && args.size() == 1) {
            return args.get(0).repr();
        }
        if (type.isSubtypeOf(PyErrors.OS_ERROR)) {
            String osStr = osErrorStr(e);
            if (osStr != null) {
                return osStr;
            }
        }
        if (type.isSubtypeOf(PyErrors.SYNTAX_ERROR)) {
            return syntaxErrorStr(e);
        }
        PyType unicodeKind = unicodeErrorKind(type);
        String unicodeStr = unicodeKind == null ? null : unicodeErrorStr(e, unicodeKind);
        if (unicodeStr != null) {
            return unicodeStr;
        }
        if (type.isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP)) {
            return ExceptionGroups.str(e);
        }
        return args.size() == 0 ? "" : args.size() == 1 ? args.get(0).str() : args.str();
    }

    /**
     * OSError_str: "[Errno 2] No such file or directory: 'f'" (with " -> 'g'" for filename2) when filename is
     * set, "[Errno 2] No such file or directory" when errno and strerror are; otherwise null (BaseException's).
     */
    private static String osErrorStr(PyException e) {
        PyObject errno = osMember(e, "errno", 0);
        PyObject strerror = osMember(e, "strerror", 1);
        PyObject filename = osMember(e, "filename", 2);
        PyObject filename2 = osMember(e, "filename2", 4);
        String prefix = "[Errno " + orNoneStr(errno) + "] " + orNoneStr(strerror);
        if (filename != null) {
            return prefix + ": " + filename.repr() + (filename2 != null ? " -> " + filename2.repr() : "");
        }
        return errno != null && strerror != null ? prefix : null;
    }

    private static String orNoneStr(PyObject o) {
        return (o == null ? PyNone.NONE : o).str();
    }

    /** SyntaxError_str: msg, then the file's base name and the line where the attributes give them. */
    private static String syntaxErrorStr(PyException e) {
        String msg = member(e, "msg").str();
        String file = member(e, "filename") instanceof PyStr f ? f.value.substring(f.value.lastIndexOf('/') + 1) : null;
        String line = member(e, "lineno") instanceof PyInt n ? "line " + n.str() : null;
        if (file == null && line == null) {
            return msg;
        }
        return msg + " (" + (file == null ? line : line == null ? file : file + ", " + line) + ")";
    }

    /** The OSError subclass an errno maps to (Objects/exceptions.c errnomap), Linux numbering. */
    static PyType osErrorSubclass(int errno) {
        Errno error = Errno.of(errno);
        if (error == null) {
            return PyErrors.OS_ERROR;
        }
        return switch (error) {
            case EAGAIN, EALREADY, EINPROGRESS -> PyErrors.BLOCKING_IO_ERROR;
            case ECHILD -> PyErrors.CHILD_PROCESS_ERROR;
            case EPIPE, ESHUTDOWN -> PyErrors.BROKEN_PIPE_ERROR;
            case ECONNABORTED -> PyErrors.CONNECTION_ABORTED_ERROR;
            case ECONNREFUSED -> PyErrors.CONNECTION_REFUSED_ERROR;
            case ECONNRESET -> PyErrors.CONNECTION_RESET_ERROR;
            case EEXIST -> PyErrors.FILE_EXISTS_ERROR;
            case ENOENT -> PyErrors.FILE_NOT_FOUND_ERROR;
            case EISDIR -> PyErrors.IS_A_DIRECTORY_ERROR;
            case ENOTDIR -> PyErrors.NOT_A_DIRECTORY_ERROR;
            case EINTR -> PyErrors.INTERRUPTED_ERROR;
            case EPERM, EACCES -> PyErrors.PERMISSION_ERROR;
            case ESRCH -> PyErrors.PROCESS_LOOKUP_ERROR;
            case ETIMEDOUT -> PyErrors.TIMEOUT_ERROR;
            default -> PyErrors.OS_ERROR;
        };
    }

}
