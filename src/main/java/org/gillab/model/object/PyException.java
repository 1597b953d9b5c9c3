package org.gillab.model.object;

/**
 * An exception instance (BaseException). The model has no try/except, so an exception is only ever
 * raised and printed: it keeps its type, str() and repr() text and, for SystemExit, the exit code, and
 * holds no references (it is made immortal, outside the counted heap).
 */
public final class PyException extends PyObject {
    private final PyType type;
    private final String message;
    private final String argsRepr;
    private final Object code;

    /**
     * @param message  str(exception)
     * @param argsRepr the arguments as repr shows them, without parentheses: "'x', 1"
     * @param code     SystemExit's code as a Java value (Long, String or null); null otherwise
     */
    public PyException(PyType type, String message, String argsRepr, Object code) {
        this.type = type;
        this.message = message;
        this.argsRepr = argsRepr;
        this.code = code;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String str() {
        return message;
    }

    @Override
    public String repr() {
        return type.name() + "(" + argsRepr + ")";
    }

    /** SystemExit's code: Long, String or null. */
    public Object code() {
        return code;
    }

    public boolean isInstanceOf(String typeName) {
        for (PyType t = type; t != null; t = t.base()) {
            if (t.name().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** The last line of a traceback: "ValueError: bad value", or just "KeyboardInterrupt". */
    public String formatLastLine() {
        return message.isEmpty() ? type.name() : type.name() + ": " + message;
    }
}
