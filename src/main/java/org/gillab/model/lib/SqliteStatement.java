package org.gillab.model.lib;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.sqlite.core.SafeStmtPtr;
import org.sqlite.core.SqliteCalls;

/**
 * One prepared statement (the sqlite3_stmt of Modules/_sqlite/statement.c): binding values, stepping
 * (through its connection, without the GIL), reading the current row's columns as Python values, as
 * cursor.c's _pysqlite_fetch_one_row converts them. After its first step since a reset it records
 * sqlite3_changes and sqlite3_last_insert_rowid, read under the connection's lock, so a thread sharing
 * the connection cannot slip its own insert in between. Written for the model, not copied.
 */
final class SqliteStatement extends PyInstance {
    private static final int SQLITE_ROW = 100;
    private static final int SQLITE_DONE = 101;
    /** The statements that open or end a transaction, after which the connection asks SQLite whether one is open. */
    private static final java.util.Set<String> TRANSACTION_CONTROL =
            java.util.Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");

    static final PyType TYPE = PyType.builder("_sqlite3.Statement")
            .method("bind", (self, args) -> {
                PyObject[] a = args.bind("bind", 2, "index", "value");
                statement(self).bind(args.thread(), (int) ((PyInt) a[0]).value, a[1]);
                return PyNone.NONE;
            })
            .method("step", (self, args) -> PyBool.of(statement(self).step(args.thread())))
            .method("row", (self, args) -> statement(self).row(args.thread()))
            .method("reset", (self, args) -> {
                statement(self).reset(args.thread());
                return PyNone.NONE;
            })
            .getter("columns", (ts, self) -> statement(self).columns(ts))
            .getter("param_names", (ts, self) -> statement(self).parameterNames(ts))
            .getter("keyword", (ts, self) -> new PyStr(ts, statement(self).keyword))
            .getter("changes", (ts, self) -> PyInt.of(ts, statement(self).changes))
            .getter("lastrowid", (ts, self) -> PyInt.of(ts, statement(self).lastRowid))
            .build();

    private static SqliteStatement statement(PyObject self) {
        return (SqliteStatement) self;
    }

    private final SqliteDatabase database;
    private final SafeStmtPtr pointer;
    /** Only comments or spaces: SQLite made no statement (a null sqlite3_stmt), stepping it does nothing. */
    private final boolean empty;
    private final String keyword;
    private final List<String> names;
    private boolean fresh = true;
    private boolean finalized;
    private long changes;
    private long lastRowid;

    SqliteStatement(ThreadState ts, SqliteDatabase database, SafeStmtPtr pointer, String sql) {
        super(ts, TYPE);
        this.database = ts.newRef(database);
        this.pointer = pointer;
        this.keyword = SqlText.leadingKeyword(sql);
        this.names = SqlText.parameterNames(sql);
        this.empty = read(ts, () -> pointer.safeRunLong((db, p) -> p) == 0);
    }

    /** A new list of the given strings. */
    static PyList strings(ThreadState ts, List<String> values) {
        List<PyObject> items = new ArrayList<>();
        for (String value : values) {
            items.add(new PyStr(ts, value));
        }
        return new PyList(ts, items);
    }

    /** A quick call into SQLite, holding the GIL (as CPython reads columns and binds). */
    private <T> T read(ThreadState ts, SqliteDatabase.SqliteCall<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqliteModule.error(ts, e);
        }
    }

    private void check(int rc) throws SQLException {
        if (rc != 0) {
            database.db.throwex(rc);
        }
    }

    private void checkUsable() {
        database.checkOpen();
        if (finalized) {
            throw PyErrors.raise(SqliteModule.PROGRAMMING_ERROR, "Cannot operate on a closed database.");
        }
    }

    /** The parameter names by index, as many as SQLite counts (None for a positional one). */
    private PyTuple parameterNames(ThreadState ts) {
        checkUsable();
        int count = empty ? 0 : read(ts, () -> SqliteCalls.parameterCount(pointer));
        PyObject[] out = new PyObject[count];
        for (int i = 0; i < count; i++) {
            String name = i < names.size() ? names.get(i) : null;
            out[i] = name == null ? PyNone.NONE : new PyStr(ts, name);
        }
        return new PyTuple(ts, out);
    }

    /** _pysqlite_bind_parameter for the types SQLite stores; the sqlite3 package adapts the others first. */
    private void bind(ThreadState ts, int index, PyObject value) {
        checkUsable();
        if (value instanceof PyInt i && i.big != null) {
            throw PyErrors.raise(PyErrors.OVERFLOW_ERROR, "Python int too large to convert to SQLite INTEGER");
        }
        byte[] blob = value instanceof PyStr ? null : PyBytes.buffer(value);
        read(ts, () -> {
            if (value == PyNone.NONE) {
                check(SqliteCalls.bindNull(pointer, index));
            } else if (value instanceof PyBool b) {
                check(SqliteCalls.bindLong(pointer, index, b.truthy() ? 1 : 0));
            } else if (value instanceof PyInt i) {
                check(SqliteCalls.bindLong(pointer, index, i.value));
            } else if (value instanceof PyFloat f) {
                check(SqliteCalls.bindDouble(pointer, index, f.value));
            } else if (value instanceof PyStr s) {
                check(SqliteCalls.bindText(pointer, index, s.value));
            } else if (blob != null) {
                check(SqliteCalls.bindBlob(pointer, index, blob));
            } else {
                throw PyErrors.raise(SqliteModule.PROGRAMMING_ERROR,
                        "Error binding parameter " + index + ": type '" + value.type().name() + "' is not supported");
            }
            return null;
        });
    }

    /** sqlite3_step without the GIL: true when a row is ready, false when the statement is done. */
    private boolean step(ThreadState ts) {
        checkUsable();
        if (empty) {
            return false;
        }
        boolean transactionControl = TRANSACTION_CONTROL.contains(keyword);
        return database.call(ts, () -> {
            int rc = pointer.safeRunInt((db, p) -> db.step(p));
            if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
                try {
                    database.db.throwex(rc); // SQLite's message, read before the probe replaces it
                } finally {
                    if (transactionControl) {
                        database.probeTransaction();
                    }
                }
            }
            if (transactionControl) {
                database.probeTransaction();
            }
            if (fresh) {
                fresh = false;
                changes = database.db.changes();
                lastRowid = database.lastInsertRowid();
            }
            return rc == SQLITE_ROW;
        });
    }

    private void reset(ThreadState ts) {
        checkUsable();
        fresh = true;
        if (!empty) {
            read(ts, () -> {
                pointer.safeRunInt((db, p) -> db.reset(p)); // its result repeats the last step's error
                return pointer.safeRunInt((db, p) -> db.clear_bindings(p));
            });
        }
    }

    /** The current row: NULL, INTEGER, FLOAT, TEXT and BLOB as None, int, float, str and bytes. */
    private PyTuple row(ThreadState ts) {
        checkUsable();
        return read(ts, () -> pointer.safeRun((db, p) -> {
            int n = db.column_count(p);
            PyObject[] values = new PyObject[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (db.column_type(p, i)) {
                    case 1 -> PyInt.of(ts, db.column_long(p, i));
                    case 2 -> new PyFloat(ts, db.column_double(p, i));
                    case 3 -> new PyStr(ts, db.column_text(p, i));
                    case 4 -> {
                        byte[] blob = db.column_blob(p, i);
                        yield new PyBytes(ts, blob == null ? new byte[0] : blob, false);
                    }
                    default -> PyNone.NONE;
                };
            }
            return new PyTuple(ts, values);
        }));
    }

    /** The result columns as (name, declared type or None) pairs; empty for a statement without any. */
    private PyTuple columns(ThreadState ts) {
        checkUsable();
        if (empty) {
            return PyTuple.EMPTY;
        }
        return read(ts, () -> pointer.safeRun((db, p) -> {
            int n = db.column_count(p);
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                String declared = db.column_decltype(p, i);
                PyObject name = new PyStr(ts, db.column_name(p, i));
                PyObject type = declared == null ? PyNone.NONE : new PyStr(ts, declared);
                out[i] = new PyTuple(ts, new PyObject[] {name, type});
            }
            return new PyTuple(ts, out);
        }));
    }

    /** sqlite3_finalize, once: when the statement goes, or its connection closes. */
    void finalizeNative() throws SQLException {
        if (!finalized) {
            finalized = true;
            pointer.close();
        }
    }

    @Override
    protected void release(ThreadState ts) {
        database.forget(this);
        try {
            finalizeNative();
        } catch (SQLException e) {
            // finalize repeats the statement's last error, which was raised when it happened
        }
        ts.decref(database);
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(database);
        super.traverse(visit);
    }
}
