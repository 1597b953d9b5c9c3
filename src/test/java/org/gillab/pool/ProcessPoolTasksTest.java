package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gillab.model.Tuple;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks on real worker JVMs running the model: values, errors, timeouts, kills, interrupts. Their pools
 * start without the warm-up ({@link ProcessPool.Builder#warmUp}): these tests are about what a pool does,
 * not how fast.
 */
class ProcessPoolTasksTest {
    static final String PROGRAM = """
            def square(x):
                return x * x

            def add(a, b):
                return a + b

            def echo(x):
                return x

            def greet(name):
                print('hello', name)
                return len(name)

            def boom(x):
                return helper(x)

            def helper(x):
                return 1 // x

            def spin():
                print('started')
                while True:
                    pass

            if __name__ == '__main__':
                print('the main block must not run in a worker')
            """;

    /** System.out of this test, read by latches: a worker's print is what tells that its task started. */
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final CountDownLatch started = new CountDownLatch(1);
    private PrintStream originalOut;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                printed.write(b, off, len);
                if (printed.toString(StandardCharsets.UTF_8).contains("started")) {
                    started.countDown();
                }
            }

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
    }

    private String output() {
        synchronized (System.out) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void valuesTravelBothWaysAndMapKeepsTheOrder() {
        try (var pool = ProcessPool.of(2).warmUp(false).start()) {
            assertEquals(List.of(1L, 4L, 9L, 16L), pool.map(PROGRAM, "square", List.of(1, 2, 3, 4)));
            assertEquals(List.of(3L, "ab"), pool.starmap(PROGRAM, "add", List.of(List.of(1, 2), List.of("a", "b"))));
            assertEquals(new BigInteger("1000000000000000000000000000000000000"), pool.apply(PROGRAM, "square", new BigInteger("1000000000000000000")));
            Object nested = List.of(Tuple.of(1L, "x", null), Map.of("k", List.of(2.5, true)));
            assertEquals(nested, pool.apply(PROGRAM, "echo", nested));
            assertTrue(pool.apply(PROGRAM, "echo", Tuple.of(1L, 2L)) instanceof Tuple, "a tuple comes back a tuple");
        }
        assertFalse(output().contains("main block"), "workers load the program as __mp_main__: " + output());
    }

    @Test
    void aWorkersPrintShowsBeforeGetReturns() {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            assertEquals(5L, pool.applyAsync(PROGRAM, "greet", "world").get());
            assertTrue(output().contains("hello world\n"), output());
        }
    }

    @Test
    void aRaisingTaskReRaisesWithTheWorkersTraceback() {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            var result = pool.applyAsync(PROGRAM, "boom", 0);
            var error = assertThrows(PoolTaskException.class, result::get);
            assertEquals("ZeroDivisionError", error.pythonType());
            assertTrue(error.workerTraceback().contains("in helper"), error.workerTraceback());
            assertTrue(error.workerTraceback().contains("return 1 // x"), error.workerTraceback());
            assertTrue(error.getMessage().contains("boom(0)"), error.getMessage());
            assertTrue(result.ready());
            assertFalse(result.successful());
            assertEquals(4L, pool.apply(PROGRAM, "square", 2), "the worker goes on after a raising task");
        }
    }

    @Test
    void aFunctionMissingFromTheProgramIsAClearError() {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            var error = assertThrows(PoolTaskException.class, () -> pool.apply(PROGRAM, "nope"));
            assertEquals("AttributeError", error.pythonType());
            assertTrue(error.pythonMessage().contains("Can't get attribute 'nope' on <module '__mp_main__'"), error.pythonMessage());
        }
    }

    @Test
    void getHonoursItsTimeout() {
        var pool = ProcessPool.of(1).warmUp(false).start();
        try {
            var result = pool.applyAsync(PROGRAM, "spin");
            var error = assertThrows(TimeoutException.class, () -> result.get(Duration.ofMillis(200)));
            assertTrue(error.getMessage().contains("spin()"), error.getMessage());
            assertFalse(result.ready());
            assertFalse(result.waitFor(Duration.ofMillis(50)));
            assertThrows(IllegalStateException.class, result::successful);
        } finally {
            pool.terminate();
        }
    }

    @Test
    void aWorkerKilledMidTaskFailsThatTaskAndIsReplaced() throws InterruptedException {
        try (var pool = ProcessPool.of(1).warmUp(false).start()) {
            long victim = pool.pids().get(0);
            var result = pool.applyAsync(PROGRAM, "spin");
            assertTrue(started.await(60, TimeUnit.SECONDS), "the task started");
            ProcessHandle.of(victim).orElseThrow().destroyForcibly(); // SIGKILL
            var error = assertThrows(WorkerDiedException.class, result::get);
            assertEquals(victim, error.pid());
            assertTrue(error.getMessage().contains("worker " + victim) && error.getMessage().contains("SIGKILL")
                    && error.getMessage().contains("spin()") && error.getMessage().contains("replacement"), error.getMessage());
            assertEquals(9L, pool.apply(PROGRAM, "square", 3), "the pool still works, on a new worker");
        }
    }

    @Test
    void terminateCancelsRunningAndQueuedTasksAndKillsTheWorkers() throws InterruptedException {
        var pool = ProcessPool.of(1).warmUp(false).start();
        List<Long> pids = pool.pids();
        var running = pool.applyAsync(PROGRAM, "spin");
        var queued = pool.applyAsync(PROGRAM, "square", 2);
        assertTrue(started.await(60, TimeUnit.SECONDS), "the task started");
        pool.terminate();
        assertThrows(CancellationException.class, running::get);
        assertThrows(CancellationException.class, queued::get);
        ProcessPoolLifecycleTest.assertAllGone(pids);
    }

    @Test
    @SuppressWarnings({"deprecation", "removal"})
    void aStoppedWaitTerminatesThePool() throws Exception {
        assumeTrue(Runtime.version().feature() < 20, "Thread.stop, which JShell uses to stop a cell on Java 17, is gone");
        var pool = ProcessPool.of(1).warmUp(false).start();
        List<Long> pids = pool.pids();
        var result = pool.applyAsync(PROGRAM, "spin");
        assertTrue(started.await(60, TimeUnit.SECONDS), "the task started");
        Thread waiter = new Thread(result::get);
        waiter.start();
        // JShell's stop arrives whenever it comes; here, once the waiter blocks in get()
        assertNotNull(Poll.until(Duration.ofSeconds(30), () -> waiter.getState() == Thread.State.WAITING));
        waiter.stop();
        waiter.join();
        ProcessPoolLifecycleTest.assertAllGone(pids);
        assertThrows(CancellationException.class, result::get);
    }

    @Test
    void interruptingAWaitStopsItAndTerminatesThePool() throws Exception {
        var pool = ProcessPool.of(1).warmUp(false).start();
        List<Long> pids = pool.pids();
        var result = pool.applyAsync(PROGRAM, "spin");
        assertTrue(started.await(60, TimeUnit.SECONDS), "the task started");
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                result.get();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt flag lost", t));
            }
        });
        waiter.start();
        waiter.interrupt();
        waiter.join();
        Throwable thrown = outcome.get();
        assertNotNull(thrown);
        assertTrue(thrown instanceof CancellationException, String.valueOf(thrown));
        ProcessPoolLifecycleTest.assertAllGone(pids);
        assertThrows(IllegalStateException.class, () -> pool.apply(PROGRAM, "square", 1));
    }
}
