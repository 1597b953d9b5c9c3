package org.gillab.model.vm;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.concurrent.locks.LockSupport;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/** The modules the model implements itself: time, sys, os, math (threading lives in {@link Threads}). */
final class StandardModules {
    private StandardModules() {}

    /** A fresh module {@code name}, or null when the model does not implement it. */
    static PyModule create(InterpreterState interp, String name) {
        return switch (name) {
            case "time" -> time(interp);
            case "sys" -> sys(interp);
            case "os" -> os();
            case "math" -> math();
            case "threading" -> interp.threads.module();
            default -> null;
        };
    }

    private static PyModule time(InterpreterState interp) {
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
    static void sleepNanos(long nanos) throws InterruptedException {
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

    private static PyModule sys(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        PyModule sys = new PyModule("sys", true);
        String[] version = interp.profile.version().split("\\.");
        String gilName = interp.kind.name().toLowerCase();
        sys.add("version", PyStr.constant(interp.profile.version() + " (GIL Lab model, gil=" + gilName + ")"))
                .add("version_info", PyTuple.constant(new PyObject[] {
                        PyInt.constant(Long.parseLong(version[0])), PyInt.constant(Long.parseLong(version[1])),
                        PyInt.constant(Long.parseLong(version[2])), PyStr.constant("final"), PyInt.constant(0)}))
                .add("platform", PyStr.constant(System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                        : System.getProperty("os.name").toLowerCase().replace(" ", "")))
                .add("maxsize", PyInt.constant(Long.MAX_VALUE))
                .add("stdout", new Stream(false))
                .add("stderr", new Stream(true))
                .add("gil", PyStr.constant(gilName))
                .function("setswitchinterval", args -> {
                    args.expectPositional("setswitchinterval", 1, 1);
                    double seconds = Convert.toDouble(args.get(0), "setswitchinterval");
                    if (!(seconds > 0)) {
                        throw PyErrors.valueError("switch interval must be strictly positive");
                    }
                    interp.gil.setSwitchInterval(Math.max(1, (long) (seconds * 1e9)));
                    return PyNone.NONE;
                })
                .function("getswitchinterval", args -> new PyFloat(args.thread(), interp.gil.switchIntervalNanos() / 1e9))
                .function("setcheckinterval", args -> {
                    args.expectPositional("setcheckinterval", 1, 1);
                    long ticks = Convert.toLong(args.get(0), "setcheckinterval");
                    interp.gil.setCheckInterval((int) Math.max(1, Math.min(ticks, Integer.MAX_VALUE)));
                    return PyNone.NONE;
                })
                .function("getcheckinterval", args -> PyInt.of(args.thread(), interp.gil.checkInterval()))
                .function("getrecursionlimit", args -> PyInt.of(args.thread(), interp.recursionLimit))
                .function("setrecursionlimit", args -> {
                    args.expectPositional("setrecursionlimit", 1, 1);
                    long limit = Convert.toLong(args.get(0), "setrecursionlimit");
                    if (limit < 1) {
                        throw PyErrors.valueError("recursion limit must be greater or equal than 1");
                    }
                    interp.recursionLimit = (int) Math.min(limit, 100_000);
                    return PyNone.NONE;
                })
                .function("_is_gil_enabled", args -> org.gillab.model.object.PyBool.of(
                        interp.kind == org.gillab.model.gil.GilKind.NEW || interp.kind == org.gillab.model.gil.GilKind.OLD))
                .function("exit", args -> {
                    args.expectPositional("exit", 0, 1);
                    throw PyErrors.systemExit(args.size() == 0 ? null : Convert.toJava(args.get(0)));
                });
        PyList argv = new PyList(ts);
        interp.argv.forEach(a -> argv.appendOwned(new PyStr(ts, a)));
        sys.dict().put(ts, "argv", argv);
        ts.decref(argv);
        return sys;
    }

    /** sys.stdout / sys.stderr: write() and flush() to the interpreter's current streams. */
    static final class Stream extends PyObject {
        private static final PyType TYPE = PyType.builder("TextIOWrapper")
                .method("write", (self, args) -> {
                    args.expectPositional("write", 1, 1);
                    if (!(args.get(0) instanceof PyStr s)) {
                        throw PyErrors.typeError("write() argument must be str, not " + args.get(0).type().name());
                    }
                    InterpreterState interp = (InterpreterState) args.thread().invoker();
                    PrintStream out = ((Stream) self).stream(interp);
                    out.print(s.value);
                    out.flush();
                    return PyInt.of(args.thread(), s.value.length());
                })
                .method("flush", (self, args) -> {
                    ((Stream) self).stream((InterpreterState) args.thread().invoker()).flush();
                    return PyNone.NONE;
                })
                .build();

        private final boolean error;

        Stream(boolean error) {
            this.error = error;
        }

        PrintStream stream(InterpreterState interp) {
            return error ? interp.stderr : interp.stdout;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<_io.TextIOWrapper name='<" + (error ? "stderr" : "stdout") + ">' mode='w' encoding='utf-8'>";
        }
    }

    private static PyModule os() {
        return new PyModule("os", true)
                .add("name", PyStr.constant("posix"))
                .add("sep", PyStr.constant("/"))
                .function("cpu_count", args -> PyInt.of(args.thread(), Runtime.getRuntime().availableProcessors()))
                .function("getpid", args -> PyInt.of(args.thread(), ProcessHandle.current().pid()));
    }

    private static PyModule math() {
        return new PyModule("math", true)
                .add("pi", PyFloat.constant(Math.PI))
                .add("e", PyFloat.constant(Math.E))
                .add("inf", PyFloat.constant(Double.POSITIVE_INFINITY))
                .add("nan", PyFloat.constant(Double.NaN))
                .function("sqrt", args -> {
                    args.expectPositional("sqrt", 1, 1);
                    double x = Convert.toDouble(args.get(0), "sqrt");
                    if (x < 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    return new PyFloat(args.thread(), Math.sqrt(x));
                })
                .function("isqrt", args -> {
                    args.expectPositional("isqrt", 1, 1);
                    BigInteger n = Numbers.asInt(args.get(0)).toBig();
                    if (n.signum() < 0) {
                        throw PyErrors.valueError("isqrt() argument must be nonnegative");
                    }
                    return PyInt.of(args.thread(), n.sqrt());
                })
                .function("floor", args -> {
                    args.expectPositional("floor", 1, 1);
                    return integral(args.thread(), args.get(0), Math.floor(Convert.toDouble(args.get(0), "floor")));
                })
                .function("ceil", args -> {
                    args.expectPositional("ceil", 1, 1);
                    return integral(args.thread(), args.get(0), Math.ceil(Convert.toDouble(args.get(0), "ceil")));
                })
                .function("fabs", args -> new PyFloat(args.thread(), Math.abs(Convert.toDouble(args.get(0), "fabs"))))
                .function("exp", args -> new PyFloat(args.thread(), Math.exp(Convert.toDouble(args.get(0), "exp"))))
                .function("log", args -> {
                    args.expectPositional("log", 1, 2);
                    double x = Convert.toDouble(args.get(0), "log");
                    if (x <= 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    double r = Math.log(x);
                    return new PyFloat(args.thread(), args.size() == 2 ? r / Math.log(Convert.toDouble(args.get(1), "log")) : r);
                })
                .function("sin", args -> new PyFloat(args.thread(), Math.sin(Convert.toDouble(args.get(0), "sin"))))
                .function("cos", args -> new PyFloat(args.thread(), Math.cos(Convert.toDouble(args.get(0), "cos"))))
                .function("gcd", args -> {
                    BigInteger g = BigInteger.ZERO;
                    for (PyObject a : args.positional()) {
                        g = g.gcd(Numbers.asInt(a).toBig());
                    }
                    return PyInt.of(args.thread(), g);
                })
                .function("factorial", args -> {
                    args.expectPositional("factorial", 1, 1);
                    long n = Convert.toLong(args.get(0), "factorial");
                    if (n < 0) {
                        throw PyErrors.valueError("factorial() not defined for negative values");
                    }
                    BigInteger f = BigInteger.ONE;
                    for (long i = 2; i <= n; i++) {
                        f = f.multiply(BigInteger.valueOf(i));
                    }
                    return PyInt.of(args.thread(), f);
                });
    }

    private static PyObject integral(ThreadState ts, PyObject original, double value) {
        if (Numbers.asInt(original) != null) {
            return ts.newRef(Numbers.asInt(original));
        }
        return PyInt.of(ts, new java.math.BigDecimal(value).toBigInteger());
    }
}
