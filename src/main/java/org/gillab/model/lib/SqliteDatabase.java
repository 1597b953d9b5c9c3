package org.gillab.model.lib;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.gillab.model.PythonException;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;
import org.sqlite.core.SqliteCalls;

/**
 * One SQLite connection (the sqlite3* of Modules/_sqlite/connection.c), the sqlite-jdbc driver's with
 * autocommit on: the sqlite3 package issues BEGIN and COMMIT itself, as CPython 3.11 does. Its
 * statements run with the GIL released (Py_BEGIN_ALLOW_THREADS around sqlite3_step), one at a time per
 * connection (a lock: threads sharing a connection with check_same_thread=False are serialized, as
 * SQLite's serialized mode does). Once a Python function, aggregate or collation is registered, statements
 * run holding the GIL, since SQLite calls the function back in the stepping thread.
 *
 * <p>The driver has no sqlite3_get_autocommit: whether a transaction is open is asked of SQLite after
 * each statement that opens or ends one ({@link #probeTransaction}), and SQLite's commit and rollback
 * hooks tell of the rollbacks it makes itself after an error. Written for the model, not copied.
 */
final class SqliteDatabase extends PyInstance {
    static final PyType TYPE = PyType.builder("_sqlite3.Database")
            .method("prepare", (self, args) -> {
                PyObject[] a = args.bind("prepare", 1, "sql");
                return database(self).prepare(args.thread(), SqliteModule.text(a[0]));
            })
            .method("close", (self, args) -> {
                database(self).close(args.thread());
                return PyNone.NONE;
            })
            .method("interrupt", (self, args) -> {
                try {
                    database(self).db.interrupt(); // sqlite3_interrupt: safe from any thread, without the lock
                } catch (SQLException e) {
                    throw SqliteModule.error(args.thread(), e);
                }
                return PyNone.NONE;
            })
            .method("create_function", (self, args) -> {
                PyObject[] a = args.bind("create_function", 4, "name", "narg", "func", "deterministic");
                int flags = a[3].truthy() ? org.sqlite.Function.FLAG_DETERMINISTIC : 0;
                database(self).register(args.thread(), SqliteModule.text(a[0]), a[1], a[2], flags,
                        new SqliteFunction(database(self), a[2]));
                return PyNone.NONE;
            })
            .method("create_aggregate", (self, args) -> {
                PyObject[] a = args.bind("create_aggregate", 3, "name", "narg", "aggregate_class");
                database(self).register(args.thread(), SqliteModule.text(a[0]), a[1], a[2], 0,
                        new SqliteAggregate(database(self), a[2]));
                return PyNone.NONE;
            })
            .method("create_collation", (self, args) -> {
                PyObject[] a = args.bind("create_collation", 2, "name", "callable");
                database(self).createCollation(args.thread(), SqliteModule.text(a[0]), a[1]);
                return PyNone.NONE;
            })
            .getter("total_changes", (ts, self) -> database(self).call(ts, () -> PyInt.of(ts, database(self).db.total_changes())))
            .getter("closed", (ts, self) -> PyBool.of(database(self).closed))
            .getter("in_transaction", (ts, self) -> PyBool.of(database(self).inTransaction))
            .build();

    private static SqliteDatabase database(PyObject self) {
        return (SqliteDatabase) self;
    }

    /** The version of the SQLite library the driver bundles (sqlite3_libversion). */
    static String libraryVersion() {
        try {
            return versionOf(new SQLiteConfig().createConnection("jdbc:sqlite::memory:"));
        } catch (SQLException e) {
            throw new IllegalStateException("the SQLite library does not load", e);
        }
    }

    private static String versionOf(java.sql.Connection connection) throws SQLException {
        try (connection) {
            return ((SQLiteConnection) connection).libversion();
        }
    }

    final DB db;
    private final SQLiteConnection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<SqliteStatement> statements = new HashSet<>();
    private final List<PyObject> callables = new ArrayList<>();
    private volatile boolean inTransaction;
    private volatile boolean closed;
    /** The thread stepping a statement, which a Python function SQLite calls back runs in. */
    private ThreadState stepping;
    private PythonException callbackError;
    private SafeStmtPtr lastRowid;
    private SafeStmtPtr begin;
    private SafeStmtPtr commit;

    private SqliteDatabase(ThreadState ts, SQLiteConnection connection) {
        super(ts, TYPE);
        this.connection = connection;
        this.db = connection.getDatabase();
        db.addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                inTransaction = false;
            }

            @Override
            public void onRollback() {
                inTransaction = false;
            }
        });
    }

    /**
     * The name sqlite3_open_v2 gets: a relative file name, plain or after a URI's "file:", taken from
     * the model's working directory as the C library takes it from the process's; ":memory:" and ""
     * (a private temporary database) name no file.
     */
    private static String fromWorkingDirectory(String name, boolean uri) {
        if (uri && name.startsWith("file:")) {
            String file = name.substring("file:".length());
            return file.startsWith("/") || file.startsWith(":memory:") || file.isEmpty() || file.startsWith("?")
                    ? name : "file:" + WorkingDirectory.resolve(file);
        }
        return uri || name.isEmpty() || name.equals(":memory:") ? name : WorkingDirectory.resolve(name).toString();
    }

    /** sqlite3_open_v2 without the GIL; a busy connection waits up to {@code timeout} seconds for a lock. */
    static SqliteDatabase open(ThreadState ts, String name, double timeout, boolean uri) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout * 1000)));
        if (uri) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        InterpreterState interp = (InterpreterState) ts.invoker();
        try {
            SQLiteConnection connection = interp.allowThreads(ts, () -> {
                try {
                    return (SQLiteConnection) config.createConnection("jdbc:sqlite:" + fromWorkingDirectory(name, uri));
                } catch (SQLException e) {
                    throw new Failure(e);
                }
            });
            return new SqliteDatabase(ts, connection);
        } catch (Failure f) {
            if (f.getCause() instanceof org.sqlite.SQLiteException) {
                throw SqliteModule.error(ts, f.getCause());
            }
            // the driver's own checks (a missing directory) stand for SQLite's SQLITE_CANTOPEN
            throw PyErrors.raise(SqliteModule.OPERATIONAL_ERROR, "unable to open database file");
        }
    }

    /** An SQLException met without the GIL, raised as the DB-API exception once the GIL is back. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(null, cause, false, false);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** A call into SQLite: {@link #call}'s work. */
    interface SqliteCall<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} holding this connection's lock, without the GIL unless a Python function may be
     * called back; SQLite's failure raised as the DB-API exception.
     */
    <T> T call(ThreadState ts, SqliteCall<T> work) {
        checkOpen();
        InterpreterState interp = (InterpreterState) ts.invoker();
        try {
            if (callables.isEmpty()) {
                return interp.allowThreads(ts, () -> {
                    lock.lockInterruptibly();
                    try {
                        return runLocked(work);
                    } finally {
                        lock.unlock();
                    }
                });
            }
            interp.allowThreads(ts, () -> {
                lock.lockInterruptibly();
                return null;
            });
            ThreadState outer = stepping;
            stepping = ts;
            T result;
            try {
                result = runLocked(work);
            } finally {
                stepping = outer;
                lock.unlock();
            }
            PythonException raised = callbackError;
            if (raised != null) {
                callbackError = null;
                throw raised;
            }
            return result;
        } catch (Failure f) {
            if (f.getCause() == null) {
                checkOpen(); // closed by another thread while this one waited for the lock
            }
            throw SqliteModule.error(ts, f.getCause());
        }
    }

    /** {@code work}, holding the lock: unless the connection was closed meanwhile (a Failure without cause). */
    private <T> T runLocked(SqliteCall<T> work) {
        if (closed) {
            throw new Failure(null);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    void checkOpen() {
        if (closed) {
            throw PyErrors.raise(SqliteModule.PROGRAMMING_ERROR, "Cannot operate on a closed database.");
        }
    }

    private PyObject prepare(ThreadState ts, String sql) {
        int end = SqlText.statementEnd(sql, 0);
        if (end >= 0 && !SqlText.isBlank(sql, end)) {
            checkOpen();
            throw PyErrors.raise(SqliteModule.PROGRAMMING_ERROR, "You can only execute one statement at a time.");
        }
        String first = end < 0 ? sql : sql.substring(0, end);
        SafeStmtPtr pointer = call(ts, () -> SqliteCalls.prepare(db, first));
        SqliteStatement statement = new SqliteStatement(ts, this, pointer, sql);
        statements.add(statement);
        return statement;
    }

    void forget(SqliteStatement statement) {
        statements.remove(statement);
    }

    /**
     * Whether a transaction is open, asked of SQLite after a statement that opens or ends one (the
     * commit and rollback hooks miss a transaction that wrote nothing): a BEGIN that fails is inside
     * one; one that succeeds is committed straight away, an empty deferred transaction taking no lock.
     * Called holding the lock.
     */
    void probeTransaction() throws SQLException {
        if (begin == null) {
            begin = SqliteCalls.prepare(db, "BEGIN");
            commit = SqliteCalls.prepare(db, "COMMIT");
        }
        boolean began = begin.safeRunInt((d, p) -> {
            int rc = d.step(p);
            d.reset(p);
            return rc;
        }) == 101;
        if (began) {
            commit.safeRunInt((d, p) -> {
                d.step(p);
                return d.reset(p);
            });
        }
        inTransaction = !began;
    }

    /** sqlite3_last_insert_rowid, asked of SQLite itself; called holding the lock. */
    long lastInsertRowid() throws SQLException {
        if (lastRowid == null) {
            lastRowid = SqliteCalls.prepare(db, "SELECT last_insert_rowid()");
        }
        return lastRowid.safeRunLong((d, p) -> {
            d.step(p);
            long id = d.column_long(p, 0);
            d.reset(p);
            return id;
        });
    }

    /** A collation's exception, kept (the first one) until the statement that called it returns. */
    void callbackFailed(ThreadState ts, PythonException e) {
        if (callbackError == null) {
            callbackError = e;
        } else {
            ts.decref(e.exception());
        }
    }

    /** The ThreadState a function SQLite calls back runs in (the stepping thread, holding the GIL). */
    ThreadState stepping() {
        return stepping;
    }

    /** Holds a reference to a callable SQLite may call back until the connection closes. */
    private void keep(ThreadState ts, PyObject callable) {
        checkOpen();
        callables.add(ts.newRef(callable));
    }

    /** sqlite3_create_collation_v2, or its removal when {@code callable} is None. */
    private void createCollation(ThreadState ts, String name, PyObject callable) {
        if (callable != PyNone.NONE) {
            keep(ts, callable);
        }
        call(ts, () -> {
            if (callable == PyNone.NONE) {
                org.sqlite.Collation.destroy(connection, name);
            } else {
                org.sqlite.Collation.create(connection, name, new SqliteCollation(this, callable));
            }
            return null;
        });
    }

    /** sqlite3_create_function_v2: {@code callback} calls {@code callable}, kept alive while the connection is open. */
    private void register(ThreadState ts, String name, PyObject narg, PyObject callable, int flags,
                          org.sqlite.Function callback) {
        checkOpen();
        int n = (int) ((PyInt) narg).value;
        keep(ts, callable);
        call(ts, () -> {
            org.sqlite.Function.create(connection, name, callback, n, flags);
            return null;
        });
    }

    /** sqlite3_close_v2: its statements finalized first, an open transaction rolled back by SQLite. */
    private void close(ThreadState ts) {
        if (!closed) {
            List<SqliteStatement> open = List.copyOf(statements); // with the GIL: other threads add to it
            call(ts, () -> {
                closeNative(open);
                return null;
            });
            dropReferences(ts);
        }
    }

    /** Finalizes {@code open} and closes the connection; called holding the lock, or the last reference. */
    private void closeNative(List<SqliteStatement> open) throws SQLException {
        closed = true;
        inTransaction = false;
        for (SqliteStatement statement : open) {
            statement.finalizeNative();
        }
        for (SafeStmtPtr own : new SafeStmtPtr[] {lastRowid, begin, commit}) {
            if (own != null) {
                own.close();
            }
        }
        connection.close();
    }

    /** After closing: the statements forgotten, the references to registered callables dropped. */
    private void dropReferences(ThreadState ts) {
        statements.clear();
        for (PyObject callable : callables) {
            ts.decref(callable);
        }
        callables.clear();
    }

    /**
     * The last reference gone: closed holding the GIL, since no other thread can be using it (a thread
     * stepping one of its statements holds a reference through the statement).
     */
    @Override
    protected void release(ThreadState ts) {
        if (!closed) {
            try {
                closeNative(List.copyOf(statements));
            } catch (SQLException e) {
                // as connection_dealloc, which ignores sqlite3_close_v2's result
            }
            dropReferences(ts);
        }
        super.release(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
        callables.forEach(visit);
        super.traverse(visit);
    }
}
