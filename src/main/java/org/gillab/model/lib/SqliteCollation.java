package org.gillab.model.lib;

import org.gillab.model.PythonException;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.sqlite.Collation;

/**
 * A Python callable registered with Connection.create_collation (connection.c's collation_callback):
 * SQLite compares two strings through it in the stepping thread, which holds the GIL for it (see
 * {@link SqliteDatabase#call}). The sign of an int result orders them; any other result compares equal.
 * An exception compares equal too, and is raised by the statement once SQLite returns, as CPython's
 * error indicator stays set across sqlite3_step. Written for the model, not copied.
 */
final class SqliteCollation extends Collation {
    private final SqliteDatabase database;
    private final PyObject callable;

    SqliteCollation(SqliteDatabase database, PyObject callable) {
        this.database = database;
        this.callable = callable;
    }

    @Override
    protected int xCompare(String a, String b) {
        ThreadState ts = database.stepping();
        PyStr left = new PyStr(ts, a);
        PyStr right = new PyStr(ts, b);
        try {
            PyObject result = ts.call(callable, left, right);
            int sign = result instanceof PyInt i ? (i.big != null ? i.big.signum() : Long.signum(i.value))
                    : result == PyBool.TRUE ? 1 : 0;
            ts.decref(result);
            return sign;
        } catch (PythonException e) {
            database.callbackFailed(ts, e);
            return 0;
        } finally {
            ts.decref(left);
            ts.decref(right);
        }
    }
}
