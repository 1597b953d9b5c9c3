package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.gillab.model.gil.GilKind;
import org.gillab.pool.ProcessPool;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Each experiment's table on the real model (small sizes), its bad input, and an interrupt mid-run. */
class ExperimentsTest {

    @Test
    void countdownHasOneRowPerRunAndNoSpeedupWhereTheWorkIsTooSmallToTime() {
        Table t = Countdown.of(10_000).workers(2).modes("threads", "interpreters", "processes")
                .gils("new", "free").withoutCPython().run();
        assertEquals(List.of("engine", "gil", "mode", "label", "workers", "count", "repeat", "seconds", "speedup", "handoffs",
                "note"), t.columnNames());
        assertEquals(List.of("1 thread", "1 thread (free-threaded)", "2 threads", "2 threads (free-threaded)",
                "2 interpreters", "Pool(2)"), t.stringColumn("label").asList());
        assertTrue(t.doubleColumn("seconds").min() > 0);
        assertEquals(0L, t.longColumn("handoffs").get(3), "no lock, no hand-offs");
        assertTrue(t.longColumn("handoffs").isMissing(5), "nothing counts a pool's hand-offs");
        for (int row = 0; row < t.rowCount(); row++) {
            assertTrue(t.doubleColumn("speedup").isMissing(row), "a 10,000 countdown is well under a ms: " + t.row(row));
            assertTrue(t.stringColumn("note").get(row).startsWith("too small to time: "), t.stringColumn("note").get(row));
        }
    }

    @Test
    void oneWarmPoolOfTheLargestCountServesEveryPoolRow() {
        int before = ProcessPool.startups().size();
        Table t = Countdown.of(10_000).workers(1, 3, 2).modes("processes").repeats(2).withoutCPython().run();
        assertEquals(List.of("Pool(1)", "Pool(3)", "Pool(2)"), t.where(t.intColumn("repeat").isEqualTo(1)).stringColumn("label")
                .asList().stream().filter(label -> label.startsWith("Pool")).toList());
        List<ProcessPool.Startup> started = ProcessPool.startups().subList(before, ProcessPool.startups().size());
        assertEquals(List.of(3), started.stream().map(ProcessPool.Startup::processes).toList(),
                "one pool of 3 workers, not one per count");
    }

    @Test
    void eachSpeedupIsAgainstTheOneThreadBaselineOfItsRepeatAndLock() {
        // 10 million: at least 40 ms of work per core on two cores, for the slowest model
        Table t = Countdown.of(10_000_000).workers(2).modes("threads").gils("new", "free").repeats(2).withoutCPython().run();
        assertEquals(List.of("1 thread", "1 thread (free-threaded)", "2 threads", "2 threads (free-threaded)"),
                t.where(t.intColumn("repeat").isEqualTo(1)).stringColumn("label").asList());
        // the second repeat runs the worker counts and modes backwards, so that a drift of the machine's speed is shared
        assertEquals(List.of("1 thread", "1 thread (free-threaded)", "2 threads (free-threaded)", "2 threads"),
                t.where(t.intColumn("repeat").isEqualTo(2)).stringColumn("label").asList());
        for (int row = 0; row < t.rowCount(); row++) {
            int baseline = row - row % 4 + (t.stringColumn("gil").get(row).equals("free") ? 1 : 0);
            assertEquals(t.doubleColumn("seconds").get(baseline) / t.doubleColumn("seconds").get(row),
                    t.doubleColumn("speedup").get(row), 1e-9, t.print());
            String note = t.stringColumn("note").get(row);
            if (row == baseline) {
                double[] times = java.util.regex.Pattern.compile("(\\d+\\.\\d{3}) s").matcher(note).results()
                        .mapToDouble(m -> Double.parseDouble(m.group(1))).toArray();
                assertEquals(2, times.length, note);
                int[] cpus = BaselineCores.of(t.intColumn("repeat").get(row));
                if (cpus == null) {
                    assertTrue(note.startsWith("the faster of two runs: "), note);
                    assertEquals(Math.min(times[0], times[1]), t.doubleColumn("seconds").get(row), 0.0005, note);
                } else {
                    assertTrue(note.startsWith("the mean of one run on each of two cores: "), note);
                    assertTrue(note.contains("on cpu " + cpus[0] + " before") && note.contains("on cpu " + cpus[1] + " after"), note);
                    assertEquals((times[0] + times[1]) / 2, t.doubleColumn("seconds").get(row), 0.0005, note);
                }
            } else {
                assertEquals("", note);
            }
        }
    }

    @Test
    void countdownRunsCPythonBesideTheModelWhenThereIsOne() {
        assumeTrue(CPython.find("python3").python().isPresent(), "no python3 on PATH: nothing to run beside the model");
        Table t = Countdown.of(200_000).workers(2).modes("threads", "processes").run();
        Table cpython = t.where(t.stringColumn("engine").startsWith("cpython 3."));
        assertEquals(List.of("1 thread", "2 threads", "Pool(2)"), cpython.stringColumn("label").asList());
    }

    @Test
    void aCPythonVersionTheMachineLacksIsANoteInTheTable() {
        Table t = Countdown.of(200_000).workers(2).modes("threads").cpython("1.5").run();
        Table missing = t.where(t.stringColumn("engine").isEqualTo("cpython 1.5"));
        assertEquals(1, missing.rowCount(), t.print());
        assertTrue(missing.stringColumn("note").get(0).startsWith("not found on this machine (looked for python1.5 on PATH"),
                missing.stringColumn("note").get(0));
        assertTrue(missing.doubleColumn("seconds").isMissing(0));
    }

    @Test
    void anOldCPythonRunsWithTheOldGilBesideTheModels() {
        assumeTrue(CPython.find("2.7").python().isPresent(), "no CPython 2.7 here (PATH or pyenv)");
        Table t = Countdown.of(200_000).workers(2).modes("threads").gils("old").cpython("2.7").run();
        Table old = t.where(t.stringColumn("engine").startsWith("cpython 2.7"));
        assertEquals(List.of("1 thread (old GIL)", "2 threads (old GIL)"), old.stringColumn("label").asList());
        assertEquals(List.of("old", "old"), old.stringColumn("gil").asList());
        Table model = t.where(t.stringColumn("engine").isEqualTo("model"));
        assertEquals(List.of("1 thread", "1 thread (old GIL)", "2 threads (old GIL)"), model.stringColumn("label").asList(),
                "the model's old GIL beside it, against its own one thread");
    }

    @Test
    void anOldCPythonsPoolIsComparedWithItsOnlyLock() {
        assumeTrue(CPython.find("2.7").python().isPresent(), "no CPython 2.7 here (PATH or pyenv)");
        Table t = Countdown.of(200_000).workers(2).modes("processes").cpython("2.7").run();
        Table old = t.where(t.stringColumn("engine").startsWith("cpython 2.7"));
        assertEquals(List.of("1 thread (old GIL)", "Pool(2)"), old.stringColumn("label").asList());
        assertEquals(2, old.rowCount(), "a row per run, the pool's speedup against 2.7's one thread under its old GIL");
    }

    @Test
    void anInterruptedCountdownLeavesNoProcessBehind() throws Exception {
        Thread runner = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            Poll.until(Duration.ofMinutes(1), () -> !timingProcesses().isEmpty());
            runner.interrupt();
        });
        interrupter.start();
        Countdown endless = Countdown.of(Long.MAX_VALUE / 2).withoutCPython();
        assertThrows(Experiment.ExperimentInterrupted.class, endless::run);
        Thread.interrupted();
        interrupter.join();
        assertTrue(Poll.until(Duration.ofSeconds(30), () -> timingProcesses().isEmpty()) != null,
                "still running: " + timingProcesses());
    }

    /** This JVM's children that are timing processes. */
    private static List<ProcessHandle> timingProcesses() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).contains(TimingWorker.class.getName()))
                .toList();
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
                        new Step("first", results -> results.doubleColumn("seconds").append(ModelRuns.oneThread(GilKind.NEW, 1000).seconds())),
                        new Step("interrupted", results -> {
                            Thread.currentThread().interrupt();   // as the kernel does when the user interrupts the cell
                            results.doubleColumn("seconds").append(ModelRuns.oneThread(GilKind.NEW, Long.MAX_VALUE).seconds());
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
        Table io = IoBound.threads(4).sleep(0.2).withoutCPython().run();
        assertEquals(List.of("one after another", "threads"), io.stringColumn("mode").asList());
        assertTrue(io.doubleColumn("seconds").get(0) >= 0.8, "four sleeps of 0.2 s, one after another: " + io.print());
        assertTrue(io.doubleColumn("seconds").get(1) < 0.6, "the threads' sleeps overlap (the GIL is released while "
                + "they sleep): at least two at a time, or they would take 0.6 s or more: " + io.print());
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
