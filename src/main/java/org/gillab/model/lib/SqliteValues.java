package org.gillab.model.lib;

import java.sql.SQLException;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.sqlite.Function;
import org.sqlite.FunctionCalls;

/**
 * Values crossing between SQLite and a Python callback (connection.c's _pysqlite_build_py_params and
 * _pysqlite_set_result): arguments arrive as None, int, float, str or bytes, and a result goes back
 * from None, int, float, str or a bytes-like object. Written for the model, not copied.
 */
final class SqliteValues {
    private SqliteValues() {}

    /** New references to the arguments SQLite passes {@code f}. */
    static PyObject[] arguments(ThreadState ts, Function f) throws SQLException {
        PyObject[] argv = new PyObject[FunctionCalls.argumentCount(f)];
        for (int i = 0; i < argv.length; i++) {
            argv[i] = switch (FunctionCalls.type(f, i)) {
                case 1 -> PyInt.of(ts, FunctionCalls.longValue(f, i));
                case 2 -> new PyFloat(ts, FunctionCalls.doubleValue(f, i));
                case 3 -> new PyStr(ts, FunctionCalls.textValue(f, i));
                case 4 -> new PyBytes(ts, FunctionCalls.blobValue(f, i), false);
                default -> PyNone.NONE;
            };
        }
        return argv;
    }

    static void release(ThreadState ts, PyObject[] values) {
        for (PyObject value : values) {
            ts.decref(value);
        }
    }

    /** Hands {@code value} to SQLite as the call's result; false when SQLite cannot store it. */
    static boolean setResult(Function f, PyObject value) throws SQLException {
        byte[] blob = value instanceof PyStr ? null : PyBytes.buffer(value);
        if (value == PyNone.NONE) {
            FunctionCalls.resultNull(f);
        } else if (value instanceof PyBool b) {
            FunctionCalls.result(f, b.truthy() ? 1L : 0L);
        } else if (value instanceof PyInt i && i.big == null) {
            FunctionCalls.result(f, i.value);
        } else if (value instanceof PyFloat d) {
            FunctionCalls.result(f, d.value);
        } else if (value instanceof PyStr s) {
            FunctionCalls.result(f, s.value);
        } else if (blob != null) {
            FunctionCalls.result(f, blob);
        } else {
            return false;
        }
        return true;
    }
}
