package org.sqlite.core;

import java.sql.SQLException;

/**
 * The few SQLite C calls the sqlite-jdbc driver keeps package-private (sqlite3_prepare_v2,
 * sqlite3_bind_*, sqlite3_bind_parameter_count), opened to the model's _sqlite3 module
 * (org.gillab.model.lib.SqliteStatement), which drives SQLite statement by statement as CPython's
 * Modules/_sqlite does instead of through JDBC's PreparedStatement, which binds only when it executes.
 * Each call returns SQLite's result code; the caller turns a failure into Python's exception.
 */
public final class SqliteCalls {
    private SqliteCalls() {}

    /** sqlite3_prepare_v2 of one statement; a pointer of 0 when {@code sql} holds none (only comments). */
    public static SafeStmtPtr prepare(DB db, String sql) throws SQLException {
        return db.prepare(sql);
    }

    public static int parameterCount(SafeStmtPtr stmt) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_parameter_count(ptr));
    }

    public static int bindNull(SafeStmtPtr stmt, int index) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_null(ptr, index));
    }

    public static int bindLong(SafeStmtPtr stmt, int index, long value) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_long(ptr, index, value));
    }

    public static int bindDouble(SafeStmtPtr stmt, int index, double value) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_double(ptr, index, value));
    }

    public static int bindText(SafeStmtPtr stmt, int index, String value) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_text(ptr, index, value));
    }

    public static int bindBlob(SafeStmtPtr stmt, int index, byte[] value) throws SQLException {
        return stmt.safeRunInt((db, ptr) -> db.bind_blob(ptr, index, value));
    }
}
