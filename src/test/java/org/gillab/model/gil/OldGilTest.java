package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The 2.x lock: a release and re-acquire every check interval ticks, nothing else. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OldGilTest {

    private static Gil oldGil(int checkInterval) {
        return Gil.create(GilKind.OLD, new GilSettings(GilSettings.DEFAULT.switchIntervalNanos(), checkInterval, 0));
    }

    @Test
    void theHolderReleasesTheLockOnceEveryCheckIntervalPlusOneTicks() throws Exception {
        Gil gil = oldGil(9);
        GilThread main = new GilThread("main");
        gil.take(main);
        for (int tick = 1; tick <= 1000; tick++) {
            gil.checkpoint(main);
            // As 2.x's "if (--_Py_Ticker < 0) { _Py_Ticker = _Py_CheckInterval; ...": ticks 10, 20, ...
            assertEquals(tick / 10, gil.stats().checkIntervalReleases(), "after tick " + tick);
        }
        gil.drop(main);
        assertEquals(1, gil.stats().handoffs(), "alone, the holder always wins the lock back");
    }

    @Test
    void aNewCheckIntervalRestartsTheTicker() throws Exception {
        Gil gil = oldGil(100);
        GilThread main = new GilThread("main");
        gil.take(main);
        gil.checkpoint(main);
        gil.setCheckInterval(2);
        assertEquals(2, gil.checkInterval());
        gil.checkpoint(main);
        gil.checkpoint(main);
        assertEquals(0, gil.stats().checkIntervalReleases());
        gil.checkpoint(main);
        assertEquals(1, gil.stats().checkIntervalReleases());
        gil.drop(main);
        assertThrows(IllegalArgumentException.class, () -> gil.setCheckInterval(0));
    }

    @Test
    void aWaiterGetsInThroughThePeriodicReleaseAlone() throws Exception {
        Gil gil = oldGil(100);
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
                gil.checkpoint(holder);
            }
            workers.joinAll();
        }
        gil.drop(holder);
        GilStats stats = gil.stats();
        assertEquals(3, stats.handoffs(), "holder, waiter, holder again: " + stats);
        assertEquals(0, stats.dropRequests());
        assertEquals(0, stats.forcedSwitches());
    }

    @Test
    void anInterruptEndsAWaitAndLeavesTheLockUsable() throws Exception {
        // the waiter sleeps on the semaphore until it is woken: an untimed wait
        LockContracts.anInterruptEndsAWaitAndLeavesTheLockUsable(oldGil(100), Thread.State.WAITING);
    }

    @Test
    void misuseIsRefusedWithAClearError() throws Exception {
        Gil gil = oldGil(100);
        GilThread main = new GilThread("main");
        assertThrows(IllegalStateException.class, () -> gil.drop(main));
        gil.take(main);
        assertThrows(IllegalStateException.class, () -> gil.take(main));
        gil.drop(main);
    }
}
