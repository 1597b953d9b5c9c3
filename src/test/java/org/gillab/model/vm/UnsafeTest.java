package org.gillab.model.vm;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import org.gillab.model.HeapStats;
import org.gillab.model.Interpreter;
import org.gillab.model.RefcountReport;
import org.junit.jupiter.api.Test;

/** Without a GIL and without biased counting, threads sharing an object race on its count. */
class UnsafeTest {
    private static final String SHARING = """
            import threading
            data = [1000, 2000, 3000]
            def work(n):
                while n > 0:
                    x = data
                    n -= 1
            ts = [threading.Thread(target=work, args=(300000,)) for _ in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            del ts
            """;

    @Test
    void racingCountsAreDetected() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores for threads to overlap");
        StringBuilder seen = new StringBuilder();
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Interpreter py = Interpreter.builder().gil("unsafe").stderr(new PrintStream(OutputStream.nullOutputStream())).build()) {
                py.exec(SHARING);
                RefcountReport report = py.checkRefcounts();
                HeapStats heap = py.heapStats();
                if (!report.exact() || heap.useAfterFree() > 0) {
                    return;
                }
                seen.append(report).append("; ");
            }
        }
        fail("five runs of four threads sharing a list never lost a count: " + seen);
    }
}
