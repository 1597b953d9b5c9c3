package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.PythonException;

/**
 * The behaviour of the built-in exception types (Objects/exceptions.c): BaseException's __new__,
 * __init__, __str__ and attributes, and what OSError, KeyError, SystemExit, StopIteration, ImportError
 * and SyntaxError add.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    static PyType define(String name, PyType base) {
        PyType.Builder b = PyType.builder(name);
        if (base == null) {
            b.newInstance(ExceptionTypes::newException)
                    .method("__init__", ExceptionTypes::init)
                    .method("__str__", (self, args) -> new PyStr(args.thread(), builtinStr((PyException) self)))
                    .method("__repr__", (self, args) -> new PyStr(args.thread(), self.repr()))
                    .method("with_traceback", ExceptionTypes::withTraceback)
                    .method("add_note", ExceptionTypes::addNote)
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
            b.base(base).subclassable();
        }
        switch (name) {
            case "SystemExit" -> b.getter("code", (ts, self) -> systemExitCode(ts, ex(self)));
            case "StopIteration" -> b.getter("value", (ts, self) -> arg(ts, ex(self), 0));
            case "ImportError" -> b.property("name", (ts, self) -> stored(ts, self, "name"), (ts, self, v) -> store(ts, self, "name", v))
                    .property("path", (ts, self) -> stored(ts, self, "path"), (ts, self, v) -> store(ts, self, "path", v))
                    .property("msg", (ts, self) -> ex(self).args().size() == 1 ? arg(ts, ex(self), 0) : stored(ts, self, "msg"),
                            (ts, self, v) -> store(ts, self, "msg", v));
            case "SyntaxError" -> {
                b.property("msg", (ts, self) -> ts.newRef(syntaxAttribute(ex(self), "msg")),
                        (ts, self, v) -> store(ts, self, "msg", v));
                for (String attribute : SYNTAX_DETAILS) {
                    b.property(attribute, (ts, self) -> ts.newRef(syntaxAttribute(ex(self), attribute)),
                            (ts, self, v) -> store(ts, self, attribute, v));
                }
            }
            case "OSError" -> b.getter("errno", (ts, self) -> osArg(ts, ex(self), 0))
                    .getter("strerror", (ts, self) -> osArg(ts, ex(self), 1))
                    .getter("filename", (ts, self) -> osArg(ts, ex(self), 2))
                    .getter("filename2", (ts, self) -> osArg(ts, ex(self), 4));
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

    /** BaseException.__new__(cls, *args): OSError(errno, strerror) becomes the subclass the errno names. */
    private static PyObject newException(PyType cls, Args args) {
        ThreadState ts = args.thread();
        PyType type = cls;
        if (cls == PyErrors.OS_ERROR && args.size() >= 2 && args.get(0) instanceof PyInt errno && errno.big == null) {
            type = osErrorSubclass((int) errno.value);
        }
        PyTuple tuple = PyTuple.of(ts, args.positional().toArray(new PyObject[0]));
        PyException e = new PyException(ts, type, tuple);
        ts.decref(tuple);
        return e;
    }

    /** BaseException.__init__(self, *args): the args become args; keywords are refused (ImportError keeps name/path). */
    private static PyObject init(PyObject self, Args args) {
        ThreadState ts = args.thread();
        PyException e = ex(self);
        if (!args.keywordNames().isEmpty()) {
            if (!e.type().isSubtypeOf(PyErrors.IMPORT_ERROR)) {
                throw PyErrors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            for (String k : args.keywordNames()) {
                if (!k.equals("name") && !k.equals("path")) {
                    throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + e.type().name() + "()");
                }
                e.dictOrNull().put(ts, k, args.keyword(k));
            }
        }
        PyTuple tuple = PyTuple.of(ts, args.positional().toArray(new PyObject[0]));
        e.setArgs(ts, tuple);
        ts.decref(tuple);
        return PyNone.NONE;
    }

    private static PyObject withTraceback(PyObject self, Args args) {
        args.expectPositional("with_traceback", 1, 1);
        PyObject tb = args.get(0);
        ex(self).replaceTraceback(tb instanceof PyTraceback t ? t.frames() : List.of());
        return args.thread().newRef(self);
    }

    /** exc.__traceback__ = tb or None (contextlib puts back the traceback an exception had on entering __exit__). */
    private static void setTraceback(ThreadState ts, PyObject self, PyObject value) {
        if (value != PyNone.NONE && !(value instanceof PyTraceback)) {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
        ex(self).replaceTraceback(value instanceof PyTraceback t ? t.frames() : List.of());
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

    /** ImportError's name, path and msg: kept in the instance's dict, None until set. */
    private static PyObject stored(ThreadState ts, PyObject self, String name) {
        PyObject value = self.dictOrNull().get(name);
        return ts.newRef(value == null ? PyNone.NONE : value);
    }

    private static void store(ThreadState ts, PyObject self, String name, PyObject value) {
        if (value == null) {
            PyObject old = self.dictOrNull().remove(ts, PyStr.constant(name));
            ts.xdecref(old);
        } else {
            self.dictOrNull().put(ts, name, value);
        }
    }

    private static PyObject arg(ThreadState ts, PyException e, int i) {
        return ts.newRef(e.args().size() > i ? e.args().get(i) : PyNone.NONE);
    }

    /** OSError's errno, strerror and filename: its first three args when it was given at least two. */
    private static PyObject osArg(ThreadState ts, PyException e, int i) {
        return ts.newRef(e.args().size() >= 2 && e.args().size() > i ? e.args().get(i) : PyNone.NONE);
    }

    /** The attributes SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) sets from its details. */
    private static final List<String> SYNTAX_DETAILS = List.of("filename", "lineno", "offset", "text", "end_lineno", "end_offset");

    /**
     * A SyntaxError attribute, borrowed: as CPython's SyntaxError_init sets its members from the arguments
     * and lets code assign them afterwards, the value assigned, else msg from the first argument and the
     * others from the detail tuple, else None.
     */
    private static PyObject syntaxAttribute(PyException e, String name) {
        PyDict assigned = e.dictOrNull();
        PyObject value = assigned == null ? null : assigned.get(name);
        if (value != null) {
            return value;
        }
        if (name.equals("msg")) {
            return e.args().size() > 0 ? e.args().get(0) : PyNone.NONE;
        }
        PyTuple where = syntaxDetails(e);
        int i = SYNTAX_DETAILS.indexOf(name);
        return where != null && where.size() > i ? where.get(i) : PyNone.NONE;
    }

    private static PyTuple syntaxDetails(PyException e) {
        PyTuple args = e.args();
        return args.size() == 2 && args.get(1) instanceof PyTuple where ? where : null;
    }

    /**
     * What print_exception shows of a SyntaxError that knows where it happened: the "File ..., line N"
     * block with the source line and carets, then "SyntaxError: msg"; null for any other exception.
     */
    public static String syntaxErrorReport(PyException e) {
        if (!e.type().isSubtypeOf(PyErrors.SYNTAX_ERROR) || syntaxDetails(e) == null
                || !(syntaxAttribute(e, "lineno") instanceof PyInt line)) {
            return null;
        }
        int offset = syntaxAttribute(e, "offset") instanceof PyInt o ? (int) o.value : 0;
        int endOffset = syntaxAttribute(e, "end_offset") instanceof PyInt o && o.value > 0 ? (int) o.value : offset + 1;
        String text = syntaxAttribute(e, "text") instanceof PyStr t ? t.value.stripTrailing() : "";
        return org.gillab.model.compile.CompileError.report(e.type().name(), syntaxAttribute(e, "filename").str(),
                (int) line.value, offset - 1, endOffset - 1, text, syntaxAttribute(e, "msg").str());
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

    /** BaseException.__str__ and its overrides in C: KeyError, OSError, SyntaxError. */
    static String builtinStr(PyException e) {
        PyTuple args = e.args();
        PyType type = e.type();
        if (type.isSubtypeOf(PyErrors.KEY_ERROR) && args.size() == 1) {
            return args.get(0).repr();
        }
        if (type.isSubtypeOf(PyErrors.OS_ERROR) && args.size() >= 2) {
            String text = "[Errno " + args.get(0).str() + "] " + args.get(1).str();
            if (args.size() >= 5 && args.get(2) != PyNone.NONE && args.get(4) != PyNone.NONE) {
                return text + ": " + args.get(2).repr() + " -> " + args.get(4).repr(); // rename's two paths
            }
            return args.size() >= 3 && args.get(2) != PyNone.NONE ? text + ": " + args.get(2).repr() : text;
        }
        if (type.isSubtypeOf(PyErrors.SYNTAX_ERROR)) {
            return syntaxErrorStr(e);
        }
        return args.size() == 0 ? "" : args.size() == 1 ? args.get(0).str() : args.str();
    }

    /** SyntaxError_str: msg, then the file's base name and the line where the attributes give them. */
    private static String syntaxErrorStr(PyException e) {
        String msg = syntaxAttribute(e, "msg").str();
        String file = syntaxAttribute(e, "filename") instanceof PyStr f ? f.value.substring(f.value.lastIndexOf('/') + 1) : null;
        String line = syntaxAttribute(e, "lineno") instanceof PyInt n ? "line " + n.str() : null;
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
