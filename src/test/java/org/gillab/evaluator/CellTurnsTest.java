package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cells and warm-up work never run together (they deadlocked on Tablesaw's class initialisation). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellTurnsTest {
    private final CellTurns turns = new CellTurns();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aCellThatStartsDuringWarmUpWorkWaitsUntilItIsDone() throws InterruptedException {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread warmUp = start(() -> turns.runBetweenCells(() -> {
            working.countDown();
            awaitUninterruptibly(finish);
            events.add("work done");
        }));
        working.await();
        Thread cell = start(() -> {
            turns.cellStarts();
            events.add("cell runs");
            turns.cellEnded();
        });
        awaitWaiting(cell);
        assertEquals(List.of(), events, "the cell ran beside the warm-up");
        finish.countDown();
        cell.join();
        warmUp.join();
        assertEquals(List.of("work done", "cell runs"), events);
    }

    @Test
    void warmUpWorkWaitsWhileACellRuns() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean();
        turns.cellStarts();
        Thread warmUp = start(() -> ran.set(turns.runBetweenCells(() -> events.add("work"))));
        awaitWaiting(warmUp);
        assertEquals(List.of(), events, "the warm-up ran beside the cell");
        turns.cellEnded();
        warmUp.join();
        assertTrue(ran.get());
        assertEquals(List.of("work"), events);
    }

    @Test
    void warmUpWorkWaitsForAPauseAfterTheLastCell() throws InterruptedException {
        turns.cellStarts();
        turns.cellEnded();
        long ended = System.nanoTime();
        long[] ran = new long[1];
        assertTrue(turns.runBetweenCells(() -> ran[0] = System.nanoTime()));
        assertTrue(ran[0] - ended >= CellTurns.PAUSE.toNanos(), "the work ran "
                + Duration.ofNanos(ran[0] - ended).toMillis() + " ms after a cell: the next of a Run All would have waited for it");
    }

    @Test
    void closingEndsTheWaitOfWorkThatNeverRuns() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean(true);
        turns.cellStarts();
        Thread warmUp = start(() -> ran.set(turns.runBetweenCells(() -> events.add("work"))));
        awaitWaiting(warmUp);
        turns.close();
        warmUp.join();
        assertFalse(ran.get());
        assertEquals(List.of(), events);
    }

    @Test
    void idleWorkWaitsUntilNoCellHasRunForTheQuietTime() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean(true);
        turns.cellStarts();
        turns.cellEnded();
        Thread warmUp = start(() -> ran.set(turns.runWhenIdle(Duration.ofHours(1), () -> events.add("work"))));
        awaitWaiting(warmUp);
        assertEquals(List.of(), events, "the work ran before the kernel had been quiet for an hour");
        turns.close();
        warmUp.join();
        assertFalse(ran.get());
        assertEquals(List.of(), events);
    }

    @Test
    void idleWorkSaysWhetherMoreRemains() throws InterruptedException {
        assertTrue(turns.runWhenIdle(Duration.ZERO, () -> events.add("first piece")));
        assertFalse(turns.runWhenIdle(Duration.ZERO, () -> !events.add("last piece")));
        assertEquals(List.of("first piece", "last piece"), events);
    }

    private interface Body {
        void run() throws InterruptedException;
    }

    private static Thread start(Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }

    /** Until the thread parks in wait() (or, wrongly, runs to its end): the state the JVM reports, no sleep. */
    private static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING
                && thread.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
