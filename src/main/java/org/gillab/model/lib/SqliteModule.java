package org.gillab.model.lib;

import java.sql.SQLException;
import org.gillab.model.PythonException;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The _sqlite3 module's native part (Modules/_sqlite/module.c and util.c): the DB-API exceptions,
 * SQLite's errors turned into them, opening a database and sqlite3_complete. Connections and statements
 * are {@link SqliteDatabase} and {@link SqliteStatement}; the sqlite3 package (Python, beside this
 * module's resources) builds CPython's Connection, Cursor and Row over them. SQLite itself is the
 * library the sqlite-jdbc driver bundles. Written for the model, not copied.
 */
final class SqliteModule {
    private SqliteModule() {}

    private static PyType exception(String name, PyType base) {
        return PyType.builder(name).base(base).subclassable().attribute("__module__", PyStr.constant("sqlite3")).build();
    }

    static final PyType WARNING = exception("Warning", PyErrors.EXCEPTION);
    static final PyType ERROR = exception("Error", PyErrors.EXCEPTION);
    static final PyType INTERFACE_ERROR = exception("InterfaceError", ERROR);
    static final PyType DATABASE_ERROR = exception("DatabaseError", ERROR);
    static final PyType DATA_ERROR = exception("DataError", DATABASE_ERROR);
    static final PyType OPERATIONAL_ERROR = exception("OperationalError", DATABASE_ERROR);
    static final PyType INTEGRITY_ERROR = exception("IntegrityError", DATABASE_ERROR);
    static final PyType INTERNAL_ERROR = exception("InternalError", DATABASE_ERROR);
    static final PyType PROGRAMMING_ERROR = exception("ProgrammingError", DATABASE_ERROR);
    static final PyType NOT_SUPPORTED_ERROR = exception("NotSupportedError", DATABASE_ERROR);

    static PyModule create(InterpreterState interp) {
        return new PyModule("_sqlite3", true)
                .add("Warning", WARNING).add("Error", ERROR).add("InterfaceError", INTERFACE_ERROR)
                .add("DatabaseError", DATABASE_ERROR).add("DataError", DATA_ERROR)
                .add("OperationalError", OPERATIONAL_ERROR).add("IntegrityError", INTEGRITY_ERROR)
                .add("InternalError", INTERNAL_ERROR).add("ProgrammingError", PROGRAMMING_ERROR)
                .add("NotSupportedError", NOT_SUPPORTED_ERROR)
                .add("sqlite_version", PyStr.constant(SqliteDatabase.libraryVersion()))
                .function("open", args -> {
                    PyObject[] a = args.bind("open", 3, "database", "timeout", "uri");
                    return SqliteDatabase.open(args.thread(), text(a[0]), ((PyFloat) a[1]).value, a[2].truthy());
                })
                .function("complete_statement", args -> {
                    PyObject[] a = args.bind("complete_statement", 1, "statement");
                    return PyBool.of(SqlText.complete(text(a[0])));
                })
                .function("statements", args -> {
                    PyObject[] a = args.bind("statements", 1, "script");
                    return SqliteStatement.strings(args.thread(), SqlText.statements(text(a[0])));
                });
    }

    static String text(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("expected str, got " + o.type().name());
        }
        return s.value;
    }

    /**
     * _pysqlite_seterror: the DB-API exception for SQLite's result code, with SQLite's own message (the
     * driver's "[SQLITE_ERROR] SQL error or missing database (...)" wrapping taken off) and the
     * sqlite_errorcode and sqlite_errorname attributes CPython 3.11 sets.
     */
    static PythonException error(ThreadState ts, SQLException failure) {
        if (!(failure instanceof SQLiteException e)) {
            return PyErrors.raise(OPERATIONAL_ERROR, failure.getMessage());
        }
        SQLiteErrorCode code = e.getResultCode();
        String message = e.getMessage();
        String wrapping = code + " (";
        if (message.startsWith(wrapping) && message.endsWith(")")) {
            message = message.substring(wrapping.length(), message.length() - 1);
        }
        if ((code.code & 0xff) == 7) { // SQLITE_NOMEM
            return PyErrors.raiseEmpty(PyErrors.MEMORY_ERROR);
        }
        PythonException raised = PyErrors.raise(errorType(code.code & 0xff), message);
        setAttr(ts, raised.exception(), "sqlite_errorcode", PyInt.of(ts, code.code));
        setAttr(ts, raised.exception(), "sqlite_errorname", new PyStr(ts, code.name()));
        return raised;
    }

    private static void setAttr(ThreadState ts, PyObject target, String name, PyObject value) {
        target.setAttr(ts, name, value);
        ts.decref(value);
    }

    /** The exception type for a primary result code, as util.c's switch chooses it. */
    private static PyType errorType(int primary) {
        return switch (primary) {
            case 2, 12 -> INTERNAL_ERROR; // INTERNAL, NOTFOUND
            case 1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17 -> OPERATIONAL_ERROR;
            case 18 -> DATA_ERROR; // TOOBIG
            case 19, 20 -> INTEGRITY_ERROR; // CONSTRAINT, MISMATCH
            case 21, 25 -> INTERFACE_ERROR; // MISUSE, RANGE
            default -> DATABASE_ERROR; // CORRUPT and the rest
        };
    }
}
