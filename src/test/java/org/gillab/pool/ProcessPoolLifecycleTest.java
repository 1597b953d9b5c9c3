package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.Test;

/**
 * Real worker JVMs: start-up, shut-down, terminate, replacement of a killed worker. The first test starts
 * warm workers, as a user's {@code new ProcessPool(2)} does; the others skip the warm-up (seconds each).
 */
class ProcessPoolLifecycleTest {

    static void assertAllGone(List<Long> pids) {
        for (long pid : pids) {
            assertFalse(Poll.alive(pid), "worker " + pid + " still alive");
        }
    }

    @Test
    void startsTheWorkersThenCloseEndsThemAll() {
        List<Long> pids;
        try (var pool = new ProcessPool(2)) {
            pids = pool.pids();
            assertEquals(2, pids.size());
            assertTrue(pool.startupTime().compareTo(Duration.ZERO) > 0);
            for (long pid : pids) {
                assertTrue(ProcessHandle.of(pid).isPresent(), "worker " + pid + " runs");
            }
        }
        assertAllGone(pids);
    }

    @Test
    void terminateKillsEveryWorkerAtOnceAndReturnsWhenTheyAreGone() {
        var pool = ProcessPool.of(2).warmUp(false).start();
        List<Long> pids = pool.pids();
        pool.terminate();
        assertAllGone(pids);
        assertTrue(pool.pids().isEmpty());
        pool.join(); // joining a terminated pool returns at once
        pool.terminate(); // and terminating twice is harmless
    }

    @Test
    void aKilledIdleWorkerIsReplaced() throws InterruptedException {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            long first = pool.pids().get(0);
            ProcessHandle.of(first).ifPresent(ProcessHandle::destroyForcibly);
            var replaced = Poll.until(Duration.ofSeconds(30),
                    () -> pool.pids().size() == 1 && pool.pids().get(0) != first);
            assertTrue(replaced != null, "a replacement worker started: " + pool);
        }
    }

    @Test
    void processesMustBeAtLeastOne() {
        var zero = assertThrows(IllegalArgumentException.class, () -> new ProcessPool(0));
        assertEquals("processes must be at least 1, got 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProcessPool.of(-3).start());
    }

    @Test
    void aClosedOrTerminatedPoolRefusesWork() {
        var pool = ProcessPool.of(1).warmUp(false).start();
        pool.shutdown();
        var closed = assertThrows(IllegalStateException.class, () -> pool.applyAsync("def f(): pass", "f"));
        assertTrue(closed.getMessage().startsWith("Pool not running"), closed.getMessage());
        pool.join();
        pool.terminate();
        var terminated = assertThrows(IllegalStateException.class, () -> pool.map("def f(x): pass", "f", List.of(1)));
        assertTrue(terminated.getMessage().startsWith("Pool not running"), terminated.getMessage());
    }

    @Test
    void joinBeforeShutdownIsAnError() {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            var error = assertThrows(IllegalStateException.class, pool::join);
            assertTrue(error.getMessage().contains("shutdown() or terminate()"), error.getMessage());
        }
    }

    @Test
    void anUnsendableArgumentFailsInTheCaller() {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            assertThrows(UnsendableValueException.class, () -> pool.applyAsync("def f(x): pass", "f", new Object()));
        }
    }

    @Test
    void aWorkerRetiresAfterItsTasksAndTakesNoneUntilRenewed() throws InterruptedException {
        Program program = Program.of("def twice(x):\n    return 2 * x\n");
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            pool.retireAfter(1);
            assertEquals(2L, pool.submit(program, "twice", List.of(1L)).get());
            var waiting = pool.submit(program, "twice", List.of(2L));
            assertEquals(1, pool.awaitRetired());
            assertFalse(waiting.ready(), "a retired worker took a task");
            pool.renew(program, new Spawn.Callee("twice", List.of(0L))); // the setup call does not count
            assertEquals(4L, waiting.get());
            assertEquals(1, pool.awaitRetired());
            pool.shutdown();
            assertEquals(null, pool.awaitRetired()); // nothing left to run: the retired worker just ends
        }
    }
}
