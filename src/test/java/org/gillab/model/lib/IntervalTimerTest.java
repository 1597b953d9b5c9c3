package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * IntervalTimer's waiting thread lives only while its timer is armed: it ends when the timer is disarmed,
 * when a timer without an interval has expired, and when the interpreter whose signal module made it closes.
 */
class IntervalTimerTest {
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final long HOUR = 3_600_000_000_000L;

    private static Thread named(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void disarmingEndsTheThread() {
        IntervalTimer timer = new IntervalTimer("timer disarmed", System::nanoTime, 1, () -> { });
        assertEquals(new IntervalTimer.Setting(0, 0), timer.set(HOUR, 0));
        Thread waiter = named("timer disarmed");
        assertTrue(waiter != null && waiter.isAlive(), "an armed timer has a thread waiting for it");
        timer.disarm();
        assertTimeoutPreemptively(HANG, () -> waiter.join());
        assertEquals(new IntervalTimer.Setting(0, 0), timer.get());
    }

    @Test
    void aTimerWithoutIntervalEndsItsThreadOnceExpired() throws InterruptedException {
        CountDownLatch expired = new CountDownLatch(1);
        IntervalTimer timer = new IntervalTimer("timer once", System::nanoTime, 1, expired::countDown);
        timer.set(HOUR, 0);
        Thread waiter = named("timer once");
        timer.set(1_000, 0); // re-armed: the same thread measures the new deadline
        expired.await();
        assertTimeoutPreemptively(HANG, () -> waiter.join());
        assertEquals(new IntervalTimer.Setting(0, 0), timer.get());
    }

    @Test
    void closingTheInterpreterDisarmsItsTimers() {
        Thread waiter;
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec("import signal\nsignal.alarm(3600)\nsignal.setitimer(signal.ITIMER_PROF, 3600, 1)\n");
            waiter = named("signal timer ITIMER_REAL");
            assertTrue(waiter != null && waiter.isAlive(), "the alarm has a thread waiting for it");
        }
        assertTimeoutPreemptively(HANG, () -> waiter.join());
    }
}
