package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Each experiment's table on the real model (small sizes), its bad input, and an interrupt mid-run. */
class ExperimentsTest {

    @Test
    void countdownHasOneRowPerRunWithSpeedupsAgainstTheSingleThread() {
        Table t = Countdown.of(300_000).workers(2).modes("threads", "interpreters", "processes")
                .gils("new", "free").withoutCPython().run();
        assertEquals(List.of("engine", "gil", "mode", "label", "workers", "count", "repeat", "seconds", "speedup", "handoffs"),
                t.columnNames());
        assertEquals(List.of("1 thread", "2 threads", "2 threads (free-threaded)", "2 interpreters", "Pool(2)"),
                t.stringColumn("label").asList());
        assertEquals(1.0, t.doubleColumn("speedup").get(0));
        assertTrue(t.doubleColumn("seconds").min() > 0);
        assertEquals(0L, t.longColumn("handoffs").get(2), "no lock, no hand-offs");
        assertTrue(t.longColumn("handoffs").isMissing(4), "nothing counts a pool's hand-offs");
    }

    @Test
    void countdownRunsCPythonBesideTheModelWhenThereIsOne() {
        Table t = Countdown.of(200_000).workers(2).modes("threads", "processes").run();
        if (CPython.find("python3").isEmpty()) {
            System.out.println("skipped: no python3 on PATH");
            return;
        }
        Table cpython = t.where(t.stringColumn("engine").isEqualTo("cpython"));
        assertEquals(List.of("1 thread", "2 threads", "Pool(2)"), cpython.stringColumn("label").asList());
    }

    @Test
    void badSettingsNameTheValueAndWhatIsAllowed() {
        assertMessage("workers must be at least 1, got 0", () -> Countdown.of(10).workers(0));
        assertMessage("count must be at least 0, got -5", () -> Countdown.of(-5));
        assertMessage("unknown mode 'fibers': use one of threads, processes, interpreters",
                () -> Countdown.of(10).modes("fibers"));
        assertMessage("unknown GIL kind 'nogil': use one of new, old, free", () -> Countdown.of(10).gils("nogil"));
        assertMessage("switch interval (ms) must be a positive number, got 0.0", () -> SwitchIntervals.of(10).intervals(0));
        assertMessage("threads must be at least 1, got 0", () -> IoBound.threads(0));
    }

    @Test
    void anInterruptStopsTheRunAndKeepsTheRowsDone() {
        Experiment experiment = new Experiment() {
            @Override
            protected Table emptyTable() {
                return Table.create("two runs", tech.tablesaw.api.DoubleColumn.create("seconds"));
            }

            @Override
            protected List<Step> steps() {
                return List.of(
                        new Step("first", results -> results.doubleColumn("seconds").append(ModelRuns.oneThread(1000).seconds())),
                        new Step("interrupted", results -> {
                            Thread.currentThread().interrupt();   // as the kernel does when the user interrupts the cell
                            results.doubleColumn("seconds").append(ModelRuns.oneThread(Long.MAX_VALUE).seconds());
                        }));
            }
        };
        Experiment.ExperimentInterrupted stopped = assertThrows(Experiment.ExperimentInterrupted.class, experiment::run);
        assertEquals(1, stopped.results().rowCount());
        assertEquals(1, experiment.results().rowCount());
        Thread.interrupted();
    }

    @Test
    void switchIntervalsGiveOneRowPerInterval() {
        Table t = SwitchIntervals.of(400_000).intervals(0.5, 5).run();
        assertEquals(List.of(0.5, 5.0), t.doubleColumn("interval_ms").asList());
        assertTrue(t.doubleColumn("median_slice_ms").min() > 0);
    }

    @Test
    void theTimelineListsHoldsInOrder() {
        Table t = GilTimeline.of(400_000).threads(2).run();
        assertTrue(t.rowCount() > 0);
        for (int row = 0; row < t.rowCount(); row++) {
            assertTrue(t.doubleColumn("end_ms").get(row) >= t.doubleColumn("start_ms").get(row));
        }
    }

    @Test
    void sleepingThreadsOverlapAndBlockingCallsAreTimed() {
        Table io = IoBound.threads(3).sleep(0.05).withoutCPython().run();
        assertEquals(List.of("one after another", "threads"), io.stringColumn("mode").asList());
        Table convoy = Convoy.calls(5).intervals(0.5).withoutCPython().run();
        assertEquals(1, convoy.rowCount());
        assertTrue(convoy.doubleColumn("beside_cpu_ms").get(0) > 0);
    }

    @Test
    void the311ProfileNeverLosesAnUpdate() {
        Table t = LostUpdates.threads(4).increments(20_000).withoutCPython().run();
        assertEquals(List.of("3.9", "3.11"), t.stringColumn("profile").asList());
        assertEquals(0L, t.longColumn("lost").get(1));
        assertEquals(80_000L, t.longColumn("expected").get(0));
    }

    @Test
    void countsStayExactUnderALockAndUnderBiasedCounting() {
        Table t = RefcountRace.threads(4).iterations(20_000).run();
        assertEquals(List.of("new", "free", "unsafe"), t.stringColumn("gil").asList());
        assertTrue(t.booleanColumn("exact").get(0));
        assertTrue(t.booleanColumn("exact").get(1));
        assertFalse(t.booleanColumn("exact").isMissing(2));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
