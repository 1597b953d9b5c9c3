package org.gillab.model.lib;

import java.sql.SQLException;
import org.gillab.model.PythonException;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.sqlite.Function;

/**
 * A Python callable registered with Connection.create_function (connection.c's func_callback): SQLite
 * calls it back in the thread stepping the statement, which holds the GIL for it (see
 * {@link SqliteDatabase#call}). Arguments arrive as None, int, float, str or bytes; the result goes back
 * the same way, and an exception, or a result SQLite cannot store, fails the statement with
 * "user-defined function raised exception". Written for the model, not copied.
 */
final class SqliteFunction extends Function {
    private final SqliteDatabase database;
    private final PyObject callable;

    SqliteFunction(SqliteDatabase database, PyObject callable) {
        this.database = database;
        this.callable = callable;
    }

    @Override
    protected void xFunc() throws SQLException {
        ThreadState ts = database.stepping();
        PyObject[] argv = new PyObject[args()];
        for (int i = 0; i < argv.length; i++) {
            argv[i] = switch (value_type(i)) {
                case 1 -> PyInt.of(ts, value_long(i));
                case 2 -> new PyFloat(ts, value_double(i));
                case 3 -> new PyStr(ts, value_text(i));
                case 4 -> new PyBytes(ts, value_blob(i), false);
                default -> PyNone.NONE;
            };
        }
        try {
            PyObject result = ts.call(callable, argv);
            try {
                setResult(result);
            } finally {
                ts.decref(result);
            }
        } catch (PythonException e) {
            ts.decref(e.exception());
            error("user-defined function raised exception");
        } finally {
            for (PyObject arg : argv) {
                ts.decref(arg);
            }
        }
    }

    /** _pysqlite_set_result: None, int, float, str and bytes-like objects go back to SQLite. */
    private void setResult(PyObject value) throws SQLException {
        byte[] blob = value instanceof PyStr ? null : PyBytes.buffer(value);
        if (value == PyNone.NONE) {
            result();
        } else if (value instanceof PyBool b) {
            result(b.truthy() ? 1L : 0L);
        } else if (value instanceof PyInt i && i.big == null) {
            result(i.value);
        } else if (value instanceof PyFloat f) {
            result(f.value);
        } else if (value instanceof PyStr s) {
            result(s.value);
        } else if (blob != null) {
            result(blob);
        } else {
            error("user-defined function raised exception");
        }
    }
}
