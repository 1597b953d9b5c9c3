package org.gillab.model.object;

import java.util.HashMap;
import java.util.Map;
import org.gillab.model.PythonException;
import org.gillab.model.compile.StringRepr;

/**
 * The built-in exception types (Objects/exceptions.c hierarchy, the part the model needs) and
 * factories that raise them from Java: {@code throw PyErrors.valueError("bad value")}.
 */
public final class PyErrors {
    private PyErrors() {}

    private static final Map<String, PyType> BY_NAME = new HashMap<>();

    public static final PyType BASE_EXCEPTION = type("BaseException", null);
    public static final PyType EXCEPTION = type("Exception", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = type("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = type("SystemExit", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = type("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = type("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = type("OverflowError", ARITHMETIC_ERROR);
    public static final PyType LOOKUP_ERROR = type("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = type("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = type("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = type("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = type("UnboundLocalError", NAME_ERROR);
    public static final PyType VALUE_ERROR = type("ValueError", EXCEPTION);
    public static final PyType TYPE_ERROR = type("TypeError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = type("AttributeError", EXCEPTION);
    public static final PyType ASSERTION_ERROR = type("AssertionError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = type("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = type("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = type("RecursionError", RUNTIME_ERROR);
    public static final PyType IMPORT_ERROR = type("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = type("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType STOP_ITERATION = type("StopIteration", EXCEPTION);
    public static final PyType OS_ERROR = type("OSError", EXCEPTION);
    public static final PyType TIMEOUT_ERROR = type("TimeoutError", OS_ERROR);

    private static PyType type(String name, PyType base) {
        PyType[] self = new PyType[1];
        PyType type = PyType.builder(name).base(base).constructor(args -> instance(self[0], args)).build();
        self[0] = type;
        BY_NAME.put(name, type);
        return type;
    }

    /** The built-in exception types by name, for the builtins module. */
    public static Map<String, PyType> all() {
        return Map.copyOf(BY_NAME);
    }

    /** BaseException.__new__ + __str__: no argument "", one argument str(arg) (KeyError: repr), else the tuple. */
    private static PyException instance(PyType type, Args args) {
        args.expectPositional(type.name(), 0, Integer.MAX_VALUE);
        int n = args.size();
        StringBuilder argsRepr = new StringBuilder();
        for (int i = 0; i < n; i++) {
            argsRepr.append(i > 0 ? ", " : "").append(args.get(i).repr());
        }
        String message;
        if (n == 0) {
            message = "";
        } else if (n == 1) {
            message = type.isSubtypeOf(KEY_ERROR) ? args.get(0).repr() : args.get(0).str();
        } else {
            message = "(" + argsRepr + ")";
        }
        Object code = type == SYSTEM_EXIT && n == 1 ? Convert.toJava(args.get(0)) : null;
        return new PyException(type, message, argsRepr.toString(), code);
    }

    /** An exception of {@code type} with a message. */
    public static PythonException raise(PyType type, String message) {
        return new PythonException(new PyException(type, message, StringRepr.of(message), null));
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

    public static PythonException nameError(String name) {
        return raise(NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static PythonException attributeError(String message) {
        return raise(ATTRIBUTE_ERROR, message);
    }

    static PythonException attributeError(PyObject o, String name) {
        return attributeError("'" + o.type().name() + "' object has no attribute '" + name + "'");
    }

    public static PythonException keyError(PyObject key) {
        return new PythonException(new PyException(KEY_ERROR, key.repr(), key.repr(), null));
    }

    /** KeyboardInterrupt, raised when the Java thread running the program is interrupted. */
    public static PythonException keyboardInterrupt() {
        return new PythonException(new PyException(KEYBOARD_INTERRUPT, "", "", null));
    }

    /** SystemExit(code): code is a Long, a String or null, as sys.exit takes it. */
    public static PythonException systemExit(Object code) {
        String text = code == null ? "" : code.toString();
        String repr = code == null ? "" : code instanceof String s ? StringRepr.of(s) : text;
        return new PythonException(new PyException(SYSTEM_EXIT, text, repr, code));
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PythonException unsupportedOperands(String symbol, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }
}
