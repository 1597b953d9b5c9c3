package org.gillab.model.lib;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * sqlite3 runs a statement without the GIL, as CPython wraps sqlite3_step in Py_BEGIN_ALLOW_THREADS:
 * while the main thread's query counts through a recursive CTE, a thread spinning on a counter keeps
 * running and holds the GIL through the call.
 */
class SqliteReleasesTheGilTest {
    private static final String SETUP = "import sqlite3; conn = sqlite3.connect(':memory:')";
    private static final String QUERY = "conn.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            + "WHERE i < 3000000) SELECT count(*) FROM n').fetchone()";

    @Test
    void anotherThreadRunsWhileAQueryRuns() {
        try (Interpreter py = Interpreter.builder().build()) {
            SpinningThread.assertHelperRanDuringTheCall(py, SpinningThread.around(SETUP, QUERY, "conn.close()"),
                    "Cursor.execute", "queried", Duration.ofSeconds(60));
        }
    }
}
