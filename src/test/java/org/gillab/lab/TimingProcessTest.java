package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gillab.model.gil.GilKind;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.Test;

/** A real timing process: it warms up, times what it is asked, and a death fails the caller instead of hanging it. */
class TimingProcessTest {

    @Test
    void itWarmsUpThenTimesEachModeItIsAskedFor() throws Exception {
        try (TimingProcess timer = TimingProcess.start(GilKind.NEW)) {
            assertTrue(timer.awaitReady().matches("model warm-up .* rounds, JIT compiler threads .* of CPU, then idle"),
                    timer.awaitReady());
            ModelRuns.Timing one = timer.oneThread(100_000);
            ModelRuns.Timing two = timer.threads(2, 100_000);
            ModelRuns.Timing interpreters = timer.interpreters(2, 100_000);
            assertTrue(one.seconds() > 0 && two.seconds() > 0 && interpreters.seconds() > 0);
            assertEquals(0, interpreters.handoffs(), "each interpreter has its own lock");
        }
    }

    @Test
    void aProcessThatDiesFailsEveryLaterRequest() throws Exception {
        try (TimingProcess timer = TimingProcess.start(GilKind.FREE)) {
            timer.awaitReady();
            ProcessHandle child = timer.handle();
            child.destroyForcibly();
            assertTrue(Poll.until(Duration.ofSeconds(30), () -> !child.isAlive()) != null);
            for (int attempt = 0; attempt < 2; attempt++) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> timer.oneThread(1000));
                assertTrue(e.getMessage().matches("the timing process \\(gil free, pid \\d+\\) ended \\(exit code 137\\) "
                        + "before it ran 'one-thread 1000'"), e.getMessage());
            }
        }
    }
}
