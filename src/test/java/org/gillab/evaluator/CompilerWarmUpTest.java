package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CompilerWarmUpTest {
    @Test
    void everyKindOfWarmUpSnippetCompilesAndRuns() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        // turns for the scratch JShell and two rounds of the snippets, then closing: run() throws if JShell
        // rejects one of them
        assertEquals(12, CompilerWarmUp.run(work -> {
            if (asked.incrementAndGet() > 13) {
                return false;
            }
            work.run();
            return true;
        }));
    }

    @Test
    void aClosingKernelEndsTheWarmUpBeforeItsNextSnippet() throws InterruptedException {
        assertEquals(0, CompilerWarmUp.run(work -> false));
    }
}
