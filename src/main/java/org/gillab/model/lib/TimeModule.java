package org.gillab.model.lib;

import java.lang.management.ManagementFactory;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.NativeFunction;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The time module (Modules/timemodule.c): clocks, sleep (which releases the GIL while it waits),
 * struct_time and the conversions between it, seconds since the epoch and text, in the machine's
 * local time zone (TZ, as the JVM reads it). process_time is the CPU time of the interpreter's Python
 * threads (those still running and those that ended), not of the whole JVM, whose compiler and
 * collector threads a Python process does not have.
 */
final class TimeModule {
    private TimeModule() {}

    static final StructSequence STRUCT_TIME = new StructSequence("time.struct_time", 9, "tm_year", "tm_mon",
            "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    static PyModule create(InterpreterState interp) {
        var threadClock = ManagementFactory.getThreadMXBean();
        PyModule time = new PyModule("time", true);
        time.add("struct_time", STRUCT_TIME.type())
                .function("time", clock("time", ts -> new PyFloat(ts, epochNanos() / 1e9)))
                .function("time_ns", clock("time_ns", ts -> PyInt.of(ts, epochNanos())))
                .function("perf_counter", clock("perf_counter", ts -> new PyFloat(ts, System.nanoTime() / 1e9)))
                .function("perf_counter_ns", clock("perf_counter_ns", ts -> PyInt.of(ts, System.nanoTime())))
                .function("monotonic", clock("monotonic", ts -> new PyFloat(ts, System.nanoTime() / 1e9)))
                .function("monotonic_ns", clock("monotonic_ns", ts -> PyInt.of(ts, System.nanoTime())))
                .function("process_time", clock("process_time", ts -> new PyFloat(ts, interp.processCpuNanos() / 1e9)))
                .function("process_time_ns", clock("process_time_ns", ts -> PyInt.of(ts, interp.processCpuNanos())))
                .function("thread_time", clock("thread_time", ts -> new PyFloat(ts, threadClock.getCurrentThreadCpuTime() / 1e9)))
                .function("thread_time_ns", clock("thread_time_ns", ts -> PyInt.of(ts, threadClock.getCurrentThreadCpuTime())))
                .function("sleep", args -> sleep(interp, args))
                .function("gmtime", args -> structTime(args.thread(), utcTime(seconds(args, "gmtime"))))
                .function("localtime", args -> structTime(args.thread(), localTime(seconds(args, "localtime"))))
                .function("mktime", args -> {
                    args.oneArg("time.mktime");
                    return new PyFloat(args.thread(), mktime(fields(args.get(0), "mktime")));
                })
                .function("asctime", args -> new PyStr(args.thread(), asctime(optionalFields(args, "asctime"))))
                .function("ctime", args -> new PyStr(args.thread(), asctime(localTime(seconds(args, "ctime")))))
                .function("strftime", args -> {
                    args.expectPositional("strftime", 1, 2);
                    if (!(args.get(0) instanceof PyStr format)) {
                        throw PyErrors.badArgument("strftime() argument 1", "str", args.get(0));
                    }
                    TimeFormat.Fields t = args.size() == 1 ? localTime(System.currentTimeMillis() / 1000)
                            : checked(fields(args.get(1), "strftime"));
                    return new PyStr(args.thread(), TimeFormat.strftime(format.value, t, () -> (long) mktime(t)));
                })
                .function("strptime", args -> {
                    // CPython's passes its arguments on to the def _strptime._strptime_time(data_string, format=...)
                    args.noKeywords("strptime");
                    PyObject[] a = args.bindAsPython("_strptime_time", 1, "data_string", "format");
                    String format = a[1] != null ? strptimeText(a[1], 1) : "%a %b %d %H:%M:%S %Y";
                    return parsedTime(args.thread(), TimeFormat.strptime(strptimeText(a[0], 0), format));
                })
                .function("clock_gettime", args -> new PyFloat(args.thread(), clockNanos(interp, args, "clock_gettime") / 1e9))
                .function("clock_gettime_ns", args -> PyInt.of(args.thread(), clockNanos(interp, args, "clock_gettime_ns")))
                .function("clock_getres", args -> {
                    clockArgument(args, "clock_getres");
                    return PyFloat.constant(PosixClock.RESOLUTION);
                })
                .function("tzset", args -> {
                    args.noArgs("time.tzset");
                    PyObject tz = posixEnviron(interp, args.thread()).get("TZ");
                    LocalZone.set(tz instanceof PyStr s ? s.value : null);
                    publishZone(args.thread(), time);
                    return PyNone.NONE;
                })
                .function("get_clock_info", args -> {
                    args.expectPositional("get_clock_info", 1, 1);
                    return clockInfo(args.get(0).str());
                });
        publishZone(interp.currentThread(), time);
        for (PosixClock clock : PosixClock.values()) {
            time.add("CLOCK_" + clock.name(), PyInt.constant(clock.id));
        }
        return time;
    }

    /** clock_gettime(clk_id)'s one argument, the clock it names (METH_VARARGS, "i:clock_gettime"). */
    private static PosixClock clockArgument(Args args, String function) {
        args.expectPositional(function, 1, 1);
        return PosixClock.of(args.get(0), function);
    }

    private static long clockNanos(InterpreterState interp, Args args, String function) {
        return clockArgument(args, function).nanos(interp);
    }

    /** A clock reading, time.time() and the others: METH_NOARGS functions. */
    private static NativeFunction clock(String name, Function<ThreadState, PyObject> reading) {
        return args -> {
            args.noArgs("time." + name);
            return reading.apply(args.thread());
        };
    }

    /** Wall-clock time in nanoseconds since the epoch (microsecond resolution on Linux). */
    static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static PyObject sleep(InterpreterState interp, Args args) {
        args.oneArg("time.sleep");
        long nanos = Timeouts.nanos(args.get(0));
        if (nanos < 0) {
            throw PyErrors.valueError("sleep length must be non-negative");
        }
        long deadline = System.nanoTime() + nanos;
        return interp.allowThreads(args.thread(), () -> {
            sleepUntil(deadline);
            return PyNone.NONE;
        });
    }

    /**
     * Sleeps with nanosecond resolution (Thread.sleep rounds to milliseconds) until {@code deadline}
     * (System.nanoTime); an interrupt ends it.
     */
    static void sleepUntil(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
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

    // ---- the local time zone ----

    /** timezone, altzone, daylight and tzname as the local zone has them now (timemodule.c init_timezone). */
    private static void publishZone(ThreadState ts, PyModule time) {
        long[] standardAndDaylight = LocalZone.offsets();
        PyObject[] values = {PyInt.of(ts, -standardAndDaylight[0]), PyInt.of(ts, -standardAndDaylight[1]),
                PyInt.of(ts, standardAndDaylight[0] != standardAndDaylight[1] ? 1 : 0),
                PyTuple.constant(new PyObject[] {PyStr.constant(LocalZone.standardName()), PyStr.constant(LocalZone.daylightName())})};
        String[] names = {"timezone", "altzone", "daylight", "tzname"};
        for (int i = 0; i < names.length; i++) {
            time.dict().put(ts, names[i], values[i]);
            ts.decref(values[i]);
        }
    }

    /** The environment as os.environ changes it (posix.environ), where tzset reads TZ as glibc reads the process's. */
    private static PyDict posixEnviron(InterpreterState interp, ThreadState ts) {
        return (PyDict) interp.importModule(ts, "posix").dict().get("environ");
    }

    // ---- struct_time ----

    /** The optional seconds argument of gmtime, localtime and ctime: now when absent or None, floored. */
    private static long seconds(Args args, String name) {
        args.expectPositional(name, 0, 1);
        if (args.size() == 0 || args.get(0) == PyNone.NONE) {
            return Math.floorDiv(System.currentTimeMillis(), 1000);
        }
        PyObject value = args.get(0);
        if (value instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            if (!(Math.abs(f.value) < 0x1p63)) {
                throw PyErrors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) Math.floor(f.value);
        }
        return Convert.toLong(value, name);
    }

    /** gmtime's broken-down time of {@code seconds} since the epoch. */
    private static TimeFormat.Fields utcTime(long seconds) {
        return brokenDown(seconds, ZoneOffset.UTC, false);
    }

    /** localtime's broken-down time of {@code seconds} since the epoch, in the local zone. */
    private static TimeFormat.Fields localTime(long seconds) {
        return brokenDown(seconds, LocalZone.rules(), true);
    }

    private static TimeFormat.Fields brokenDown(long seconds, ZoneId zone, boolean local) {
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(seconds).atZone(zone);
        } catch (DateTimeException e) {
            throw PyErrors.overflowError("timestamp out of range for platform time_t");
        }
        boolean dst = local && zone.getRules().isDaylightSavings(t.toInstant());
        String name = local ? LocalZone.nameAt(t) : "GMT";
        return new TimeFormat.Fields(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0, name,
                t.getOffset().getTotalSeconds());
    }

    private static PyObject structTime(ThreadState ts, TimeFormat.Fields t) {
        return STRUCT_TIME.make(ts, PyInt.of(ts, t.year()), PyInt.of(ts, t.month()), PyInt.of(ts, t.day()),
                PyInt.of(ts, t.hour()), PyInt.of(ts, t.minute()), PyInt.of(ts, t.second()), PyInt.of(ts, t.weekday()),
                PyInt.of(ts, t.yearday()), PyInt.of(ts, t.isdst()), new PyStr(ts, t.zone()), PyInt.of(ts, t.gmtoff()));
    }

    /** strptime's result: tm_zone and tm_gmtoff None unless the text gave them. */
    private static PyObject parsedTime(ThreadState ts, TimeFormat.Parsed t) {
        return STRUCT_TIME.make(ts, PyInt.of(ts, t.year()), PyInt.of(ts, t.month()), PyInt.of(ts, t.day()),
                PyInt.of(ts, t.hour()), PyInt.of(ts, t.minute()), PyInt.of(ts, t.second()), PyInt.of(ts, t.weekday()),
                PyInt.of(ts, t.yearday()), PyInt.of(ts, t.isdst()),
                t.zone() == null ? PyNone.NONE : new PyStr(ts, t.zone()),
                t.gmtoff() == null ? PyNone.NONE : PyInt.of(ts, t.gmtoff()));
    }

    /** A struct_time or 9-tuple argument (timemodule.c gettmarg), its zone the local one unless it has its own. */
    private static TimeFormat.Fields fields(PyObject o, String function) {
        if (!(o instanceof PyTuple t)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw PyErrors.typeError(function + "(): illegal time tuple argument");
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = (int) Convert.toLong(t.get(i), function);
        }
        // timemodule.c's gettmarg zeroes its struct tm and fills tm_zone and tm_gmtoff only from a struct_time
        // that has them: a plain tuple's offset is 0 (%z +0000) and its zone glibc's tzname[isdst]
        String zone = v[8] > 0 ? LocalZone.daylightName() : LocalZone.standardName();
        long gmtoff = 0;
        if (t instanceof PyTuple.Named named && t.type() == STRUCT_TIME.type()) {
            if (named.extra(0) instanceof PyStr s) {
                zone = s.value;
            }
            if (named.extra(1) instanceof PyInt i) {
                gmtoff = i.value;
            }
        }
        return new TimeFormat.Fields(v[0], v[1], v[2], v[3], v[4], v[5], Math.floorMod(v[6], 7), v[7], v[8], zone, gmtoff);
    }

    /** asctime's optional struct_time, unpacked as PyArg_UnpackTuple does: "asctime expected at most 1 argument, got 2". */
    private static TimeFormat.Fields optionalFields(Args args, String function) {
        args.checkPositional(function, function, 0, 1);
        return args.size() == 0 ? localTime(Math.floorDiv(System.currentTimeMillis(), 1000))
                : checked(fields(args.get(0), function));
    }

    /** timemodule.c checktm: each field in its range (0 taken for 1 in month, day and yearday, as strftime does). */
    private static TimeFormat.Fields checked(TimeFormat.Fields t) {
        int month = t.month() == 0 ? 1 : t.month();
        int day = t.day() == 0 ? 1 : t.day();
        int yearday = t.yearday() == 0 ? 1 : t.yearday();
        check(month >= 1 && month <= 12, "month out of range");
        check(day >= 1 && day <= 31, "day of month out of range");
        check(t.hour() >= 0 && t.hour() <= 23, "hour out of range");
        check(t.minute() >= 0 && t.minute() <= 59, "minute out of range");
        check(t.second() >= 0 && t.second() <= 61, "seconds out of range");
        check(yearday >= 1 && yearday <= 366, "day of year out of range");
        return new TimeFormat.Fields(t.year(), month, day, t.hour(), t.minute(), t.second(), t.weekday(), yearday,
                t.isdst(), t.zone(), t.gmtoff());
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw PyErrors.valueError(message);
        }
    }

    /** mktime: local time to seconds since the epoch; fields out of range carry over, as C's mktime does. */
    private static double mktime(TimeFormat.Fields t) {
        LocalDateTime local = LocalDateTime.of(t.year(), 1, 1, 0, 0).plusMonths(t.month() - 1L).plusDays(t.day() - 1L)
                .plusHours(t.hour()).plusMinutes(t.minute()).plusSeconds(t.second());
        return local.atZone(LocalZone.rules()).toEpochSecond();
    }

    /** asctime: "Sun Jan  2 03:04:05 2023", from the fields as given. */
    private static String asctime(TimeFormat.Fields t) {
        return TimeFormat.strftime("%a %b %e %H:%M:%S %Y", checked(t), () -> 0);
    }

    /** time.strptime's arguments as the check in Lib/_strptime.py words it: "argument 0 must be str, not <class 'int'>". */
    private static String strptimeText(PyObject o, int index) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("strptime() argument " + index + " must be str, not " + o.type().repr());
        }
        return s.value;
    }

    /** get_clock_info(name): what CPython reports on Linux. */
    private static PyObject clockInfo(String name) {
        Map<String, PyObject> info = new LinkedHashMap<>();
        switch (name) {
            case "monotonic", "perf_counter" -> {
                info.put("implementation", PyStr.constant("clock_gettime(CLOCK_MONOTONIC)"));
                info.put("monotonic", PyBool.TRUE);
                info.put("adjustable", PyBool.FALSE);
            }
            case "time" -> {
                info.put("implementation", PyStr.constant("clock_gettime(CLOCK_REALTIME)"));
                info.put("monotonic", PyBool.FALSE);
                info.put("adjustable", PyBool.TRUE);
            }
            case "process_time" -> {
                info.put("implementation", PyStr.constant("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"));
                info.put("monotonic", PyBool.TRUE);
                info.put("adjustable", PyBool.FALSE);
            }
            case "thread_time" -> {
                info.put("implementation", PyStr.constant("clock_gettime(CLOCK_THREAD_CPUTIME_ID)"));
                info.put("monotonic", PyBool.TRUE);
                info.put("adjustable", PyBool.FALSE);
            }
            default -> throw PyErrors.valueError("unknown clock");
        }
        info.put("resolution", PyFloat.constant(1e-09));
        return SimpleNamespace.constant(info);
    }
}
