package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The new GIL's rules, as take_gil() and drop_gil() in Python/ceval_gil.c lay them down. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NewGilTest {
    private static final long ONE_HOUR = Duration.ofHours(1).toNanos();
    private static final long ONE_MS = Duration.ofMillis(1).toNanos();

    private static Gil newGil(long intervalNanos) {
        return Gil.create(GilKind.NEW, new GilSettings(intervalNanos, 100, 0));
    }

    @Test
    void aWaiterDoesNotAskForTheLockBeforeAFullIntervalHasPassed() throws Exception {
        Gil gil = newGil(ONE_HOUR);
        GilThread holder = new GilThread("holder");
        GilThread waiter = new GilThread("waiter");
        gil.take(holder);
        try (Workers workers = new Workers()) {
            Thread waiting = workers.start("waiter", () -> {
                gil.take(waiter);
                gil.drop(waiter);
            });
            Workers.awaitState(waiting, Thread.State.TIMED_WAITING);
            for (int i = 0; i < 1_000_000; i++) {
                gil.checkpoint(holder); // never finds a drop request: the waiter's interval has not run out
            }
            assertEquals(0, gil.stats().dropRequests());
            assertEquals(0, LockContracts.acquisitionsOf(gil, "waiter"));
            gil.drop(holder); // a plain drop hands the lock over at once, with no request
            workers.joinAll();
        }
        GilStats stats = gil.stats();
        assertEquals(0, stats.dropRequests());
        assertEquals(0, stats.forcedSwitches());
        assertEquals(2, stats.handoffs(), "holder, then waiter");
    }

    @Test
    void aTimedOutWaiterAsksTheHolderToDropAndTheHolderHandsOverAtItsNextCheckpoint() throws Exception {
        Gil gil = newGil(ONE_MS);
        GilThread holder = new GilThread("holder");
        GilThread waiter = new GilThread("waiter");
        CountDownLatch waiterRan = new CountDownLatch(1);
        gil.take(holder);
        try (Workers workers = new Workers()) {
            workers.start("waiter", () -> {
                gil.take(waiter);
                waiterRan.countDown();
                gil.drop(waiter);
            });
            while (waiterRan.getCount() > 0) {
                gil.checkpoint(holder); // CPU-bound: only a drop request lets the waiter in
            }
            workers.joinAll();
        }
        gil.drop(holder);
        GilStats stats = gil.stats();
        // Whether the holder then waited on switch_cond depends on whether the waiter had already taken
        // the lock (and reset the request) when the holder looked: CPython's race too.
        assertTrue(stats.dropRequests() >= 1, stats.toString());
        assertEquals(3, stats.handoffs(), "holder, waiter, holder again");
    }

    @Test
    void afterARequestedDropTheDropperDoesNotRunAgainUntilAnotherThreadTookTheLock() throws Exception {
        Gil gil = newGil(TimeUnit.MICROSECONDS.toNanos(200));
        List<String> runs = Collections.synchronizedList(new ArrayList<>()); // written only under the GIL
        CountDownLatch start = new CountDownLatch(1);
        try (Workers workers = new Workers()) {
            for (String name : List.of("A", "B")) {
                GilThread me = new GilThread(name);
                workers.start(name, () -> {
                    start.await();
                    gil.take(me);
                    while (true) {
                        if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(name)) {
                            runs.add(name);
                        }
                        if (runs.size() >= 40) {
                            break;
                        }
                        gil.checkpoint(me);
                    }
                    gil.drop(me);
                });
            }
            start.countDown();
            workers.joinAll();
        }
        // Every hold begins with a run of its own: had a dropper won the lock straight back, it would
        // have begun a hold without another thread's run in between.
        Map<String, Integer> runsPerThread = new HashMap<>();
        runs.forEach(name -> runsPerThread.merge(name, 1, Integer::sum));
        GilStats stats = gil.stats();
        for (GilStats.ThreadStats thread : stats.threads()) {
            assertEquals(runsPerThread.get(thread.name()).longValue(), thread.acquisitions(),
                    thread.name() + " began a hold without another thread running in between: " + runs);
        }
    }

    @Test
    void anInterruptEndsAWaitAndLeavesTheLockUsable() throws Exception {
        // the waiter waits one interval at a time: a timed wait
        LockContracts.anInterruptEndsAWaitAndLeavesTheLockUsable(newGil(ONE_HOUR), Thread.State.TIMED_WAITING);
    }

    @Test
    void anInterruptedWaiterWithdrawsItsDropRequest() throws Exception {
        Gil gil = newGil(ONE_MS);
        GilThread holder = new GilThread("holder");
        gil.take(holder);
        try (Workers workers = new Workers()) {
            Thread waiting = workers.start("impatient", () -> {
                try {
                    gil.take(new GilThread("impatient"));
                } catch (InterruptedException expected) {
                    // leaves without the lock
                }
            });
            while (gil.stats().dropRequests() == 0) {
                Thread.yield(); // the holder runs no checkpoint: the request stays pending
            }
            waiting.interrupt();
            workers.joinAll();
        }
        gil.checkpoint(holder); // nobody waits any more: no drop, no forced-switch wait that never ends
        gil.drop(holder);
        GilStats stats = gil.stats();
        assertEquals(0, stats.forcedSwitches());
        assertEquals(1, LockContracts.acquisitionsOf(gil, "holder"));
    }

    @Test
    void misuseIsRefusedWithAClearError() throws Exception {
        Gil gil = newGil(ONE_MS);
        GilThread main = new GilThread("main");
        assertThrows(IllegalStateException.class, () -> gil.drop(main));
        gil.take(main);
        assertThrows(IllegalStateException.class, () -> gil.take(main));
        assertThrows(IllegalStateException.class, () -> newGil(ONE_MS).take(main), "one GilThread per lock");
        assertThrows(IllegalArgumentException.class, () -> gil.setSwitchInterval(0));
        gil.drop(main);
    }

    @Test
    void theSwitchIntervalCanChangeAtRunTime() {
        Gil gil = newGil(ONE_MS);
        gil.setSwitchInterval(ONE_HOUR);
        assertEquals(ONE_HOUR, gil.switchIntervalNanos());
        assertEquals(ONE_HOUR, gil.stats().switchIntervalNanos());
    }

}
