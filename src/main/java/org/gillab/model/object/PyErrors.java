package org.gillab.model.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.PythonException;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.compile.CompileError;

/**
 * The built-in exception types (Objects/exceptions.c, the hierarchy of CPython 3.11) and factories that raise them from Java: {@code throw PyErrors.valueError("bad value")}. The
 * exception object is counted on the calling Python thread's heap, or immortal outside any.
 */
public final class PyErrors {
    private PyErrors() {}

    private static final Map<String, PyType> BY_NAME = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = define("BaseException", null);
    public static final PyType GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyType BASE_EXCEPTION_GROUP = define("BaseExceptionGroup", BASE_EXCEPTION);
    /** ExceptionGroup(BaseExceptionGroup, Exception): a group of Exceptions only, itself an Exception. */
    public static final PyType EXCEPTION_GROUP = define("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = define("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = define("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = define("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = define("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = define("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = define("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = define("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = define("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = define("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = define("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = define("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = define("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = define("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = define("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = define("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = define("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = define("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = define("UserWarning", WARNING);

    private static PyType define(String name, PyType base, PyType... moreBases) {
        PyType type = ExceptionTypes.define(name, base, moreBases);
        BY_NAME.put(name, type);
        return type;
    }

    /** The built-in exception types by name (and the aliases EnvironmentError, IOError), for builtins. */
    public static Map<String, PyType> all() {
        Map<String, PyType> all = new LinkedHashMap<>(BY_NAME);
        all.put("EnvironmentError", OS_ERROR);
        all.put("IOError", OS_ERROR);
        return all;
    }

    /** An exception of {@code type} with one argument, the message. */
    public static PythonException raise(PyType type, String message) {
        ThreadState ts = ThreadState.current();
        if (ts == null) {
            return raise(type, PyStr.constant(message));
        }
        PyStr text = new PyStr(ts, message);
        try {
            return raiseWith(type, text);
        } finally {
            ts.decref(text); // the exception's args hold their own reference
        }
    }

    /**
     * warnings.warn(message, category) on behalf of the Python code running in {@code ts}, as PyErr_WarnEx
     * with stack level 1 does: the warning names the line that called into Java. Raises what warn raises
     * (the warning itself under an "error" filter).
     */
    public static void warn(ThreadState ts, PyType category, String message) {
        PyStr text = new PyStr(ts, message);
        try {
            ts.decref(ts.call(ts.invoker().importModule(ts, "warnings").dict().get("warn"), text, category));
        } finally {
            ts.decref(text);
        }
    }

    /** An exception of {@code type} whose one argument is {@code arg} (borrowed). */
    public static PythonException raise(PyType type, PyObject arg) {
        return raiseWith(type, arg);
    }

    /** An exception of {@code type} with no arguments (KeyboardInterrupt, StopIteration). */
    public static PythonException raiseEmpty(PyType type) {
        return raiseWith(type);
    }

    /**
     * An exception of {@code type} with the given arguments (borrowed), and the members its __init__
     * would set from them (SyntaxError's msg and location, ImportError's msg), as CPython calls the type.
     * Outside any Python thread an immortal exception without members.
     */
    public static PythonException raiseWith(PyType type, PyObject... args) {
        ThreadState ts = ThreadState.current();
        PyException e;
        if (ts == null) {
            e = new PyException(type, PyTuple.constant(args));
        } else {
            PyTuple tuple = PyTuple.of(ts, args);
            e = new PyException(ts, type, tuple);
            ts.decref(tuple);
            ExceptionTypes.positionalMembers(ts, e, List.of(args));
        }
        return new PythonException(e);
    }

    /**
     * The exception a program sees for code the compiler rejects (exec, eval, import): a SyntaxError or
     * IndentationError with CPython's (msg, (filename, lineno, offset, text, end_lineno, end_offset)), or
     * for Python the model does not implement a NotImplementedError naming file, line and column. As in
     * CPython, an error of the symbol table has the message alone as args, its location set afterwards
     * (PyErr_RangedSyntaxLocationObject).
     */
    public static PythonException compileError(ThreadState ts, CompileError e) {
        if (e.isNotImplemented()) {
            String file = e.filename();
            return raise(NOT_IMPLEMENTED_ERROR, e.detail() + " (" + file.substring(file.lastIndexOf('/') + 1) + ", line "
                    + e.line() + ", column " + e.displayColumn() + ")");
        }
        PyType type = switch (e.kind()) {
            case CompileError.INDENTATION_ERROR -> INDENTATION_ERROR;
            case CompileError.TAB_ERROR -> TAB_ERROR;
            default -> SYNTAX_ERROR;
        };
        PyObject[] where = {new PyStr(ts, e.filename()), PyInt.of(ts, e.line()), PyInt.of(ts, e.displayColumn()),
                syntaxErrorText(ts, e), PyInt.of(ts, e.line()), PyInt.of(ts, e.endColumn() + 1)};
        PyTuple details = new PyTuple(ts, where);
        PyStr message = new PyStr(ts, e.detail());
        try {
            if (e.stage() == CompileError.Stage.SYMTABLE) {
                PythonException raised = raiseWith(type, message);
                ExceptionTypes.setSyntaxDetails(ts, raised.exception(), details);
                return raised;
            }
            return raiseWith(type, message, details);
        } finally {
            ts.decref(message);
            ts.decref(details);
        }
    }

    /**
     * SyntaxError.text: the tokenizer quotes the line without its line break, the parser with it (when it
     * has one: see CompileError.lineWithBreak); the symbol table and the code generator read it from the
     * file (PyErr_ProgramTextObject), so a source that is no file on disk (compile() of a string) leaves
     * it None, and a file that is not the source compiled gives its own line.
     */
    private static PyObject syntaxErrorText(ThreadState ts, CompileError e) {
        return switch (e.stage()) {
            case TOKENIZER -> new PyStr(ts, e.sourceLine());
            case PARSER -> new PyStr(ts, e.lineWithBreak());
            case SYMTABLE, COMPILER -> {
                String text = programText(e.filename(), e.line());
                yield text == null ? PyNone.NONE : new PyStr(ts, text);
            }
        };
    }

    /** Line {@code line} (from 1) of the file, its line break kept, or null with no such file or line. */
    private static String programText(String filename, int line) {
        try {
            Path file = WorkingDirectory.resolve(filename);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String[] lines = Files.readString(file).split("(?<=\n)");
            return line >= 1 && line <= lines.length ? lines[line - 1] : null;
        } catch (InvalidPathException | IOException | UncheckedIOException e) {
            return null;
        }
    }

    public static PythonException typeError(String message) {
        return raise(TYPE_ERROR, message);
    }

    public static PythonException valueError(String message) {
        return raise(VALUE_ERROR, message);
    }

    public static PythonException zeroDivisionError(String message) {
        return raise(ZERO_DIVISION_ERROR, message);
    }

    /**
     * CPython's _PyArg_BadArgument, the TypeError of an argument of the wrong type: "{where} must be
     * {expected}, not {given}", naming None itself and anything else by its type's name
     * ("heappush() argument 1 must be list, not None").
     */
    public static PythonException badArgument(String where, String expected, PyObject given) {
        return typeError(where + " must be " + expected + ", not " + (given == PyNone.NONE ? "None" : given.type().name()));
    }

    public static PythonException overflowError(String message) {
        return raise(OVERFLOW_ERROR, message);
    }

    public static PythonException indexError(String message) {
        return raise(INDEX_ERROR, message);
    }

    public static PythonException runtimeError(String message) {
        return raise(RUNTIME_ERROR, message);
    }

    public static PythonException notImplementedError(String message) {
        return raise(NOT_IMPLEMENTED_ERROR, message);
    }

    /** NameError "name 'x' is not defined", its name member set as CPython's lookups set it. */
    public static PythonException nameError(String name) {
        return nameError(name, "name '" + name + "' is not defined");
    }

    /** A NameError about the variable {@code name}, which its name member gives. */
    public static PythonException nameError(String name, String message) {
        PythonException e = raise(NAME_ERROR, message);
        ThreadState ts = ThreadState.current();
        if (ts != null) {
            e.exception().setStrMember(ts, "name", name);
        }
        return e;
    }

    public static PythonException attributeError(String message) {
        return raise(ATTRIBUTE_ERROR, message);
    }

    /**
     * An AttributeError out of looking up {@code owner.name} gets name and obj set, unless it has either
     * already (as PyObject_GetAttr augments it in 3.11, for the "Did you mean" suggestions); {@code e} is
     * returned, to be rethrown.
     */
    public static PythonException withAttributeContext(ThreadState ts, PythonException e, PyObject owner, String name) {
        PyException exception = e.exception();
        if (exception.type().isSubtypeOf(ATTRIBUTE_ERROR) && exception.member("name") == null
                && exception.member("obj") == null) {
            exception.setStrMember(ts, "name", name);
            exception.setMember(ts, "obj", owner);
        }
        return e;
    }

    /** KeyError(key): its str() is the key's repr. */
    public static PythonException keyError(PyObject key) {
        return raise(KEY_ERROR, key);
    }

    /** StopIteration(value) ending a generator that returned {@code value} (none when None). */
    public static PythonException stopIteration(PyObject value) {
        return value == null || value == PyNone.NONE ? raiseEmpty(STOP_ITERATION) : raise(STOP_ITERATION, value);
    }

    /** KeyboardInterrupt, raised when the Java thread running the program is interrupted. */
    public static PythonException keyboardInterrupt() {
        return raiseEmpty(KEYBOARD_INTERRUPT);
    }

    /** SystemExit(code): code is a Long, a String or null, as sys.exit takes it. */
    public static PythonException systemExit(Object code) {
        ThreadState ts = ThreadState.current();
        if (code == null) {
            return raiseEmpty(SYSTEM_EXIT);
        }
        PyObject arg = ts == null ? PyStr.constant(code.toString()) : Convert.toPython(ts, code);
        try {
            return raise(SYSTEM_EXIT, arg);
        } finally {
            if (ts != null) {
                ts.decref(arg);
            }
        }
    }

    /** OSError(errno, strerror[, filename]) for {@code error}, with glibc's message for it. */
    public static PythonException osError(Errno error, String filename) {
        return osError(error.code, error.message, filename);
    }

    /**
     * OSError(errno, strerror, filename) for {@code error} where the filename is the argument as it was
     * given (bytes, a descriptor number), as CPython's path_error reports it.
     */
    public static PythonException osErrorNaming(Errno error, PyObject filename) {
        return raiseWith(ExceptionTypes.osErrorSubclass(error.code), PyInt.constant(error.code), PyStr.constant(error.message),
                filename);
    }

    /** OSError(errno, strerror, filename, None, filename2) for {@code error}, with glibc's message for it. */
    public static PythonException osError(Errno error, String filename, String filename2) {
        return osError(error.code, error.message, filename, filename2);
    }

    /** OSError(errno, strerror[, filename]), made the subclass the errno maps to (FileNotFoundError...). */
    public static PythonException osError(int errno, String strerror, String filename) {
        ThreadState ts = ThreadState.current();
        PyType type = ExceptionTypes.osErrorSubclass(errno);
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.constant(errno), PyStr.constant(strerror)}
                : new PyObject[] {PyInt.constant(errno), PyStr.constant(strerror), PyStr.constant(filename)};
        return raiseWith(type, args);
    }

    /** OSError(errno, strerror, filename, None, filename2): an error about two paths, as os.rename raises. */
    public static PythonException osError(int errno, String strerror, String filename, String filename2) {
        return raiseWith(ExceptionTypes.osErrorSubclass(errno), PyInt.constant(errno), PyStr.constant(strerror),
                PyStr.constant(filename), PyNone.NONE, PyStr.constant(filename2));
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PythonException unsupportedOperands(String symbol, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    /** Whether a Java exception is a Python AttributeError (for getattr with a default, hasattr, __getattr__). */
    public static boolean isAttributeError(RuntimeException e) {
        return e instanceof PythonException p && p.is("AttributeError");
    }

    /** Whether a Java exception is a Python exception of {@code type} or a subclass. */
    public static boolean matches(RuntimeException e, PyType type) {
        return e instanceof PythonException p && p.exception().type().isSubtypeOf(type);
    }
}
