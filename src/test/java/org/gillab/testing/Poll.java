package org.gillab.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for what an external process does (exit, start), with a deadline: nothing else to wait on. */
public final class Poll {
    private Poll() {}

    /** Polls every 10 ms; returns how long it took, or null when the deadline passed first. */
    public static Duration until(Duration deadline, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > deadline.toNanos()) {
                return null;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Whether the process still runs. A zombie has exited: an orphan stays one until PID 1 reaps it,
     * which in this machine's init takes over a second, yet ProcessHandle calls it alive.
     */
    public static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException noProcfs) {
            return true;
        }
    }
}
