package org.gillab.model.lib;

import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;

/**
 * Seconds given to a blocking call, as nanoseconds (Python/pytime.c _PyTime_FromSecondsObject): an int
 * or a float, with CPython's errors for NaN, for values too large for its 64-bit nanosecond clock and
 * for anything else; and PY_TIMEOUT_MAX, the longest wait a lock accepts.
 */
final class Timeouts {
    private Timeouts() {}

    /** PY_TIMEOUT_MAX in seconds, as CPython reports it on Linux (_thread.TIMEOUT_MAX). */
    static final double MAX_SECONDS = 9223372036.0;

    /** The longest wait in nanoseconds: PY_TIMEOUT_MAX is LLONG_MAX microseconds / 1000. */
    static final long MAX_NANOS = Long.MAX_VALUE / 1000 * 1000;

    /** {@code seconds} (an int or a float) in nanoseconds. */
    static long nanos(PyObject seconds) {
        if (seconds instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            double nanos = Math.ceil(d * 1e9); // _PyTime_ROUND_TIMEOUT rounds towards +infinity
            if (!(nanos >= Long.MIN_VALUE && nanos < 0x1p63)) {
                throw PyErrors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) nanos;
        }
        PyInt i = Numbers.asInt(seconds);
        if (i == null) {
            throw PyErrors.typeError("'" + seconds.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.big != null || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L) {
            throw PyErrors.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return i.value * 1_000_000_000L;
    }
}
