package org.gillab.model.lib;

import com.sun.jna.LastErrorException;
import java.util.List;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The resource module (CPython's Modules/resource.c), written for the model from the library documentation
 * and python3's behaviour, not copied: the C library's getrusage(2), getrlimit, setrlimit, prlimit and
 * getpagesize, called through JNA. The model's process is the JVM, so RUSAGE_SELF counts the JVM's own
 * threads (its compiler and garbage collector) besides the program's; RUSAGE_THREAD is the calling Python
 * thread's Java thread, which is a real OS thread.
 */
final class ResourceModule {
    private ResourceModule() {}

    static final StructSequence STRUCT_RUSAGE = new StructSequence("resource.struct_rusage", "ru_utime", "ru_stime",
            "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock",
            "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    /** Linux's resources by number (sys/resource.h), RLIM_NLIMITS of them; RLIMIT_OFILE is BSD's name for number 7. */
    private static final String[] LIMIT_NAMES = {"RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA",
            "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
            null /* RLIMIT_LOCKS, which CPython does not export */, "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE",
            "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};

    static PyModule create() {
        PyModule resource = new PyModule("resource", true)
                .add("error", PyErrors.OS_ERROR)
                .add("struct_rusage", STRUCT_RUSAGE.type())
                .add("RUSAGE_SELF", PyInt.constant(0))
                .add("RUSAGE_CHILDREN", PyInt.constant(-1))
                .add("RUSAGE_THREAD", PyInt.constant(1))
                // rlim_t is unsigned, but the module shows limits as C's signed long long: infinity is -1
                .add("RLIM_INFINITY", PyInt.constant(-1))
                .add("RLIMIT_OFILE", PyInt.constant(7))
                .function("getrusage", args -> getrusage(args.thread(),
                        Convert.toInt(args.oneArg("resource.getrusage"), "getrusage")))
                .function("getrlimit", args -> getrlimit(args.thread(),
                        resourceNumber(Convert.toInt(args.oneArg("resource.getrlimit"), "getrlimit"))))
                .function("setrlimit", ResourceModule::setrlimit)
                .function("prlimit", ResourceModule::prlimit)
                .function("getpagesize", args -> {
                    args.noArgs("resource.getpagesize");
                    return PyInt.of(args.thread(), Libc.getpagesize());
                });
        for (int i = 0; i < LIMIT_NAMES.length; i++) {
            if (LIMIT_NAMES[i] != null) {
                resource.add(LIMIT_NAMES[i], PyInt.constant(i));
            }
        }
        return resource;
    }

    /** getrusage(who): the times as float seconds (a timeval's microseconds times 1e-6, as python3 prints them). */
    private static PyObject getrusage(ThreadState ts, int who) {
        long[] usage = new long[18];
        try {
            Libc.getrusage(who, usage);
        } catch (LastErrorException e) {
            throw e.getErrorCode() == Errno.EINVAL.code ? PyErrors.valueError("invalid who parameter") : Libc.osError(e);
        }
        PyObject[] fields = new PyObject[16];
        fields[0] = new PyFloat(ts, usage[0] + usage[1] * 0.000001);
        fields[1] = new PyFloat(ts, usage[2] + usage[3] * 0.000001);
        for (int i = 2; i < fields.length; i++) {
            fields[i] = PyInt.of(ts, usage[i + 2]);
        }
        return STRUCT_RUSAGE.make(ts, fields);
    }

    private static PyObject getrlimit(ThreadState ts, int resource) {
        long[] limit = new long[2];
        try {
            Libc.getrlimit(resource, limit);
        } catch (LastErrorException e) {
            throw Libc.osError(e);
        }
        return limitTuple(ts, limit);
    }

    /** setrlimit(resource, limits): the kernel's EINVAL and EPERM become the ValueErrors CPython raises. */
    private static PyObject setrlimit(Args args) {
        args.checkPositional("setrlimit", "resource.setrlimit", 2, 2);
        int resource = resourceNumber(Convert.toInt(args.get(0), "setrlimit"));
        long[] limit = limitPair(args.thread(), args.get(1));
        try {
            Libc.setrlimit(resource, limit);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.EPERM.code) {
                throw PyErrors.valueError("not allowed to raise maximum limit");
            }
            throw limitError(e);
        }
        return PyNone.NONE;
    }

    /** prlimit(pid, resource[, limits]): the old limits of process pid (0 is this one), after setting new ones. */
    private static PyObject prlimit(Args args) {
        args.noKeywords("prlimit");
        if (args.size() < 2 || args.size() > 3) {
            throw PyErrors.typeError("resource.prlimit requires 2 to 3 arguments");
        }
        int pid = parsedInt(args.get(0));
        int resource = resourceNumber(parsedInt(args.get(1)));
        long[] newLimit = args.size() == 3 ? limitPair(args.thread(), args.get(2)) : null;
        long[] oldLimit = new long[2];
        try {
            Libc.prlimit(pid, resource, newLimit, oldLimit);
        } catch (LastErrorException e) {
            throw limitError(e);
        }
        return limitTuple(args.thread(), oldLimit);
    }

    private static int resourceNumber(int resource) {
        if (resource < 0 || resource >= LIMIT_NAMES.length) {
            throw PyErrors.valueError("invalid resource specified");
        }
        return resource;
    }

    /** PyArg_ParseTuple's "i" (prlimit's arguments), whose overflow messages differ from Argument Clinic's. */
    private static int parsedInt(PyObject o) {
        long value = Convert.toLong(o, "prlimit");
        if (value > Integer.MAX_VALUE) {
            throw PyErrors.overflowError("signed integer is greater than maximum");
        }
        if (value < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("signed integer is less than minimum");
        }
        return (int) value;
    }

    /** A (soft, hard) pair from any iterable of two ints, as a struct rlimit. */
    private static long[] limitPair(ThreadState ts, PyObject limits) {
        List<PyObject> items = Ops.toList(ts, limits);
        try {
            if (items.size() != 2) {
                throw PyErrors.valueError("expected a tuple of 2 integers");
            }
            return new long[] {Convert.toLong(items.get(0), "setrlimit"), Convert.toLong(items.get(1), "setrlimit")};
        } finally {
            items.forEach(ts::decref);
        }
    }

    private static PyObject limitTuple(ThreadState ts, long[] limit) {
        return new PyTuple(ts, new PyObject[] {PyInt.of(ts, limit[0]), PyInt.of(ts, limit[1])});
    }

    /** A soft limit above the hard one is EINVAL, which CPython reports as a ValueError. */
    private static RuntimeException limitError(LastErrorException e) {
        return e.getErrorCode() == Errno.EINVAL.code ? PyErrors.valueError("current limit exceeds maximum limit")
                : Libc.osError(e);
    }
}
