package org.gillab.model.lib;

import java.sql.SQLException;
import org.gillab.model.PythonException;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;
import org.sqlite.Function;
import org.sqlite.FunctionCalls;

/**
 * A Python callable registered with Connection.create_function (connection.c's func_callback): SQLite
 * calls it back in the thread stepping the statement, which holds the GIL for it (see
 * {@link SqliteDatabase#call}). An exception, or a result SQLite cannot store, fails the statement with
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
        PyObject[] argv = SqliteValues.arguments(ts, this);
        boolean stored = false;
        try {
            PyObject result = ts.call(callable, argv);
            try {
                stored = SqliteValues.setResult(this, result);
            } finally {
                ts.decref(result);
            }
        } catch (PythonException e) {
            ts.decref(e.exception());
        } finally {
            SqliteValues.release(ts, argv);
        }
        if (!stored) {
            FunctionCalls.error(this, "user-defined function raised exception");
        }
    }
}
