package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * A connection shared by threads (check_same_thread=False) and closed by one of them while the others
 * query through it: each of the others ends with "Cannot operate on a closed database.", whether it was
 * waiting for the connection's lock or about to start a statement. CPython 3.11 crashes on this program,
 * so it cannot be a differential one.
 */
class SqliteSharedConnectionTest {
    private static final String PROGRAM = """
            import sqlite3, threading
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute("CREATE TABLE t (x)")
            ready = threading.Barrier(5)
            endings = []
            def query_until_closed():
                first = True
                while True:
                    try:
                        conn.execute("INSERT INTO t VALUES (1)")
                        conn.execute("SELECT count(*) FROM t").fetchall()
                    except sqlite3.ProgrammingError as e:
                        endings.append(str(e))
                        if first:
                            ready.wait()
                        return
                    if first:
                        first = False
                        ready.wait()
            workers = [threading.Thread(target=query_until_closed) for _ in range(4)]
            for t in workers:
                t.start()
            ready.wait()
            conn.close()
            for t in workers:
                t.join()
            distinct = sorted(set(endings))
            count = len(endings)
            """;

    @Test
    void threadsUsingAConnectionClosedUnderThemSeeItClosed() {
        try (Interpreter py = Interpreter.builder().build()) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> py.exec(PROGRAM));
            assertEquals(4L, py.get("count"));
            assertEquals(java.util.List.of("Cannot operate on a closed database."), py.get("distinct"));
        }
    }
}
