package org.gillab.model.lib;

import java.util.concurrent.locks.LockSupport;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.vm.InterpreterState;

/** The time module (Modules/timemodule.c): clocks, and sleep, which releases the GIL while it waits. */
final class TimeModule {
    private TimeModule() {}

    static PyModule create(InterpreterState interp) {
        long epochOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        return new PyModule("time", true)
                .function("time", args -> new PyFloat(args.thread(), (System.nanoTime() + epochOffset) / 1e9))
                .function("time_ns", args -> PyInt.of(args.thread(), System.nanoTime() + epochOffset))
                .function("perf_counter", args -> new PyFloat(args.thread(), System.nanoTime() / 1e9))
                .function("perf_counter_ns", args -> PyInt.of(args.thread(), System.nanoTime()))
                .function("monotonic", args -> new PyFloat(args.thread(), System.nanoTime() / 1e9))
                .function("monotonic_ns", args -> PyInt.of(args.thread(), System.nanoTime()))
                .function("process_time", args -> new PyFloat(args.thread(),
                        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9))
                .function("sleep", args -> {
                    args.expectPositional("sleep", 1, 1);
                    double seconds = Convert.toDouble(args.get(0), "sleep");
                    if (seconds < 0) {
                        throw PyErrors.valueError("sleep length must be non-negative");
                    }
                    long nanos = (long) (seconds * 1e9);
                    return interp.allowThreads(args.thread(), () -> {
                        sleepNanos(nanos);
                        return PyNone.NONE;
                    });
                });
    }

    /** Sleeps with nanosecond resolution (Thread.sleep rounds to milliseconds); an interrupt ends it. */
    public static void sleepNanos(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left = nanos;
        do {
            // Even sleep(0) parks once: CPython 3.11 calls clock_nanosleep() with a deadline of now,
            // which still keeps the thread off the CPU for the timer slack (~50 us). That pause is what
            // lets a woken GIL waiter take the lock, and so what makes the convoy effect appear.
            LockSupport.parkNanos(Math.max(left, 1));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            left = deadline - System.nanoTime();
        } while (left > 0);
    }
}
