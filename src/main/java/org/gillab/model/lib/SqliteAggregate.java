package org.gillab.model.lib;

import java.sql.SQLException;
import org.gillab.model.PythonException;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;
import org.sqlite.Function;
import org.sqlite.FunctionCalls;

/**
 * A Python class registered with Connection.create_aggregate (connection.c's step_callback and
 * final_callback): each group SQLite aggregates gets a copy of this object (the driver clones it),
 * which makes an instance of the class at the group's first row, calls its step(*args) for each row and
 * its finalize() for the result. A group without rows gives NULL, as CPython's does. Runs in the
 * stepping thread, holding the GIL (see {@link SqliteDatabase#call}). Written for the model, not copied.
 */
final class SqliteAggregate extends Function.Aggregate {
    private final SqliteDatabase database;
    private final PyObject cls;
    /** This group's instance of the class: null until its first row. */
    private PyObject instance;

    SqliteAggregate(SqliteDatabase database, PyObject cls) {
        this.database = database;
        this.cls = cls;
    }

    @Override
    protected void xStep() throws SQLException {
        ThreadState ts = database.stepping();
        if (instance == null) {
            try {
                instance = ts.call(cls);
            } catch (PythonException e) {
                ts.decref(e.exception());
                FunctionCalls.error(this, "user-defined aggregate's '__init__' method raised error");
                return;
            }
        }
        PyObject[] argv = SqliteValues.arguments(ts, this);
        try {
            ts.decref(ts.callMethod(instance, "step", argv));
        } catch (PythonException e) {
            ts.decref(e.exception());
            FunctionCalls.error(this, "user-defined aggregate's 'step' method raised error");
        } finally {
            SqliteValues.release(ts, argv);
        }
    }

    @Override
    protected void xFinal() throws SQLException {
        ThreadState ts = database.stepping();
        if (instance == null) {
            FunctionCalls.resultNull(this);
            return;
        }
        PyObject owned = instance;
        instance = null;
        boolean stored = false;
        try {
            PyObject result = ts.callMethod(owned, "finalize");
            try {
                stored = SqliteValues.setResult(this, result);
            } finally {
                ts.decref(result);
            }
        } catch (PythonException e) {
            ts.decref(e.exception());
        } finally {
            ts.decref(owned);
        }
        if (!stored) {
            FunctionCalls.error(this, "user-defined aggregate's 'finalize' method raised error");
        }
    }
}
