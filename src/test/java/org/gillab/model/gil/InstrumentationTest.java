package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the locks count, and the bounded timeline of holds. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InstrumentationTest {

    private static Gil gil(GilKind kind, int timelineCapacity) {
        return Gil.create(kind, new GilSettings(GilSettings.DEFAULT.switchIntervalNanos(), 100, timelineCapacity));
    }

    @ParameterizedTest
    @EnumSource(value = GilKind.class, names = {"NEW", "OLD"})
    void theTimelineKeepsTheNewestHoldsAndCountsTheOnesItDropped(GilKind kind) throws Exception {
        Gil gil = gil(kind, 3);
        GilThread main = new GilThread("main");
        for (int i = 0; i < 5; i++) {
            gil.take(main);
            gil.drop(main);
        }
        GilStats stats = gil.stats();
        assertEquals(3, stats.timeline().size());
        assertEquals(2, stats.timelineDropped());
        long previousEnd = 0;
        for (GilStats.Hold hold : stats.timeline()) {
            assertEquals("main", hold.thread());
            assertTrue(hold.startNanos() >= previousEnd && hold.endNanos() >= hold.startNanos(), stats.timeline().toString());
            previousEnd = hold.endNanos();
        }
        assertEquals(5, stats.threads().get(0).acquisitions());
    }

    @Test
    void withoutCapacityThereIsNoTimeline() throws Exception {
        Gil gil = gil(GilKind.NEW, 0);
        GilThread main = new GilThread("main");
        gil.take(main);
        gil.drop(main);
        assertEquals(List.of(), gil.stats().timeline());
        assertEquals(0, gil.stats().timelineDropped());
    }

    @ParameterizedTest
    @EnumSource(value = GilKind.class, names = {"NEW", "OLD"})
    void aWaitIsCountedForTheThreadThatWaited(GilKind kind) throws Exception {
        Gil gil = gil(kind, 10);
        GilThread holder = new GilThread("holder");
        GilThread waiter = new GilThread("waiter");
        gil.take(holder);
        try (Workers workers = new Workers()) {
            Thread waiting = workers.start("waiter", () -> {
                gil.take(waiter);
                gil.drop(waiter);
            });
            Workers.awaitState(waiting, kind == GilKind.NEW ? Thread.State.TIMED_WAITING : Thread.State.WAITING);
            gil.drop(holder);
            workers.joinAll();
        }
        GilStats stats = gil.stats();
        GilStats.ThreadStats waited = stats.threads().get(1);
        assertEquals("waiter", waited.name());
        assertEquals(1, waited.acquisitions());
        assertTrue(waited.waitedNanos() > 0);
        assertEquals(waited.waitedNanos(), waited.longestWaitNanos());
        assertEquals(2, stats.handoffs());
        assertEquals(List.of("holder", "waiter"), stats.timeline().stream().map(GilStats.Hold::thread).toList());
    }

    @ParameterizedTest
    @EnumSource(value = GilKind.class, names = {"NEW", "OLD"})
    void aResetStartsCountingAfresh(GilKind kind) throws Exception {
        Gil gil = gil(kind, 10);
        GilThread main = new GilThread("main");
        for (int i = 0; i < 5; i++) {
            gil.take(main);
            gil.drop(main);
        }
        gil.take(main);
        gil.resetStats();
        GilStats afterReset = gil.stats();
        assertEquals(0, afterReset.handoffs());
        assertEquals(List.of(), afterReset.threads());
        assertEquals(List.of(), afterReset.timeline());
        gil.drop(main); // the hold in progress counts from the reset on
        gil.take(main);
        gil.drop(main);
        GilStats stats = gil.stats();
        assertEquals(1, stats.threads().size());
        assertEquals(1, stats.threads().get(0).acquisitions(), "only the hold begun after the reset");
        assertEquals(2, stats.timeline().size());
        assertTrue(stats.timeline().get(0).startNanos() >= 0);
    }

    @Test
    void theTableNamesTheKindTheCountersAndTheThreads() throws Exception {
        Gil gil = gil(GilKind.NEW, 10);
        GilThread main = new GilThread("MainThread");
        gil.take(main);
        gil.drop(main);
        String table = gil.stats().toString();
        assertTrue(table.startsWith("GIL new (switch interval 5.000 ms)"), table);
        assertTrue(table.contains("1 hand-offs, 0 drop requests, 0 forced switches"), table);
        assertTrue(table.contains("MainThread"), table);
        assertTrue(table.contains("timeline: 1 holds kept (0 older dropped)"), table);
        assertTrue(Gil.create(GilKind.FREE, GilSettings.DEFAULT).stats().toString().startsWith("no GIL (free)"));
    }

    @ParameterizedTest
    @EnumSource(value = GilKind.class, names = {"FREE", "UNSAFE"})
    void withoutALockTheIntervalsAreOnlyStored(GilKind kind) throws Exception {
        Gil gil = Gil.create(kind, GilSettings.DEFAULT);
        gil.setSwitchInterval(1234);
        gil.setCheckInterval(7);
        assertEquals(1234, gil.switchIntervalNanos());
        assertEquals(7, gil.checkInterval());
        assertEquals(kind, gil.kind());
        GilThread main = new GilThread("main");
        gil.take(main);
        gil.checkpoint(main);
        gil.drop(main);
        assertEquals(0, gil.stats().handoffs());
    }
}
