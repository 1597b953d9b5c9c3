package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilStats;

/**
 * Whether a call releases the GIL, seen from another thread: a helper thread spins on a counter while
 * the main thread makes the call. Under the new GIL the lock only changes hands at a check point, and a
 * thread inside a Java call that kept the lock reaches none, so the counter would stand still.
 */
final class SpinningThread {
    /** setup runs before the helper starts, the call between the two readings, teardown after the helper ended. */
    private static final String PROGRAM = """
            import threading, time
            progress = 0
            stop = False
            def spin():
                global progress
                while not stop:
                    progress += 1
            helper = threading.Thread(target=spin, name="helper")
            %s
            helper.start()
            while progress == 0:
                pass
            before = progress
            t0 = time.monotonic()
            %s
            took = time.monotonic() - t0
            after = progress
            stop = True
            helper.join()
            %s
            """;

    private SpinningThread() {}

    /** The program that makes {@code call} while the helper spins. */
    static String around(String setup, String call, String teardown) {
        return PROGRAM.formatted(setup, call, teardown);
    }

    /**
     * Runs the program and asserts that the helper made progress during the call and held the GIL for
     * at least half of it: the call released the lock ({@code doing} names what the main thread did).
     */
    static void assertHelperRanDuringTheCall(Interpreter py, String program, String call, String doing, Duration limit) {
        assertTimeoutPreemptively(limit, () -> py.exec(program),
                call + " never returned: did it keep the GIL while another thread needed it?");
        long before = (Long) py.get("before");
        long after = (Long) py.get("after");
        double took = (Double) py.get("took");
        assertTrue(after > before, call + ": the spinning thread made no progress while the main thread " + doing
                + " (counter " + before + " before, " + after + " after)");
        GilStats.ThreadStats helper = py.gilStats().threads().stream().filter(t -> t.name().equals("helper"))
                .findFirst().orElseThrow();
        assertTrue(helper.heldNanos() >= took * 0.5e9, call + ": the helper held the GIL for "
                + helper.heldNanos() / 1e6 + " ms of the " + took * 1e3 + " ms the main thread " + doing);
    }
}
