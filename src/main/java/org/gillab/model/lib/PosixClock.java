package org.gillab.model.lib;

import java.lang.management.ManagementFactory;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyObject;
import org.gillab.model.vm.InterpreterState;

/**
 * The clocks that time.clock_gettime, clock_gettime_ns and clock_getres take by their Linux ids (the
 * time.CLOCK_* constants), each read from the JVM clock that stands for it. CLOCK_MONOTONIC_RAW and
 * CLOCK_BOOTTIME read CLOCK_MONOTONIC (System.nanoTime: the JVM has no clock free of NTP's slewing nor
 * one that counts time suspended), CLOCK_TAI reads CLOCK_REALTIME (Linux's TAI offset is 0 unless an
 * NTP daemon sets it), and the CPU-time clocks are time.process_time's and time.thread_time's.
 */
enum PosixClock {
    REALTIME(0), MONOTONIC(1), PROCESS_CPUTIME_ID(2), THREAD_CPUTIME_ID(3), MONOTONIC_RAW(4), BOOTTIME(7), TAI(11);

    /** What clock_getres reports for every one of them on Linux. */
    static final double RESOLUTION = 1e-09;

    final int id;

    PosixClock(int id) {
        this.id = id;
    }

    /** The clock a Python clock id names; an id of no clock is clock_gettime(2)'s EINVAL. */
    static PosixClock of(PyObject clockId, String function) {
        int id = Convert.toInt(clockId, function);
        for (PosixClock clock : values()) {
            if (clock.id == id) {
                return clock;
            }
        }
        throw PyErrors.osError(Errno.EINVAL, null);
    }

    long nanos(InterpreterState interp) {
        return switch (this) {
            case REALTIME, TAI -> TimeModule.epochNanos();
            case MONOTONIC, MONOTONIC_RAW, BOOTTIME -> System.nanoTime();
            case PROCESS_CPUTIME_ID -> interp.processCpuNanos();
            case THREAD_CPUTIME_ID -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        };
    }
}
