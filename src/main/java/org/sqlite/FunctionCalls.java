package org.sqlite;

import java.sql.SQLException;

/**
 * sqlite3_value_* and sqlite3_result_* for a function or aggregate SQLite is calling back, which the
 * sqlite-jdbc driver gives its Function subclasses only as protected methods: opened here to the
 * model's _sqlite3 module (org.gillab.model.lib.SqliteValues), which converts them from and to Python
 * values once for both kinds of callback.
 */
public final class FunctionCalls {
    private FunctionCalls() {}

    public static int argumentCount(Function f) throws SQLException {
        return f.args();
    }

    public static int type(Function f, int arg) throws SQLException {
        return f.value_type(arg);
    }

    public static long longValue(Function f, int arg) throws SQLException {
        return f.value_long(arg);
    }

    public static double doubleValue(Function f, int arg) throws SQLException {
        return f.value_double(arg);
    }

    public static String textValue(Function f, int arg) throws SQLException {
        return f.value_text(arg);
    }

    public static byte[] blobValue(Function f, int arg) throws SQLException {
        return f.value_blob(arg);
    }

    public static void resultNull(Function f) throws SQLException {
        f.result();
    }

    public static void result(Function f, long value) throws SQLException {
        f.result(value);
    }

    public static void result(Function f, double value) throws SQLException {
        f.result(value);
    }

    public static void result(Function f, String value) throws SQLException {
        f.result(value);
    }

    public static void result(Function f, byte[] value) throws SQLException {
        f.result(value);
    }

    public static void error(Function f, String message) throws SQLException {
        f.error(message);
    }
}
