package org.gillab.model.lib;

import com.sun.jna.LastErrorException;
import java.util.BitSet;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.ThreadState;

/**
 * Which CPUs a thread may run on (Linux's sched_getaffinity(2) and sched_setaffinity), for CPython's
 * os.sched_getaffinity and os.sched_setaffinity and for the lab, which pins a one-thread baseline to
 * each core in turn. A pid of 0 is the calling thread: a model thread is a Java thread, so a Python
 * thread that pins itself pins only itself, as in CPython, and threads it starts afterwards inherit
 * its CPUs.
 */
public final class CpuAffinity {
    /** Bytes of mask asked for first: 1,024 CPUs, glibc's cpu_set_t. */
    private static final int FIRST_MASK_LONGS = 16;

    private CpuAffinity() {}

    /** The CPUs {@code pid} may run on; throws with the errno on failure (ESRCH: no such process). */
    public static BitSet get(int pid) throws LastErrorException {
        for (int longs = FIRST_MASK_LONGS; ; longs *= 2) {
            long[] mask = new long[longs];
            try {
                Libc.sched_getaffinity(pid, longs * 8L, mask);
                return BitSet.valueOf(mask);
            } catch (LastErrorException e) {
                // EINVAL: the kernel's mask is wider than ours (more than 1,024 CPUs), as CPython's loop retries
                if (e.getErrorCode() != Errno.EINVAL.code || longs >= 1 << 16) {
                    throw e;
                }
            }
        }
    }

    /** Lets {@code pid} run only on {@code cpus}; throws with the errno (EINVAL: none of them is online). */
    public static void set(int pid, BitSet cpus) throws LastErrorException {
        long[] mask = cpus.toLongArray();
        long[] sized = mask.length == 0 ? new long[1] : mask;
        Libc.sched_setaffinity(pid, sized.length * 8L, sized);
    }

    /** The calling thread's CPUs, or null where the platform cannot tell (not Linux). */
    public static BitSet ofThisThread() {
        try {
            return get(0);
        } catch (LastErrorException | UnsatisfiedLinkError e) {
            return null;
        }
    }

    /** os.sched_getaffinity(pid): the set of CPUs pid (0: the calling thread) may run on. */
    static PyObject schedGetaffinity(Args args) {
        int pid = Convert.toInt(args.oneArg("posix.sched_getaffinity"), "sched_getaffinity");
        BitSet cpus;
        try {
            cpus = get(pid);
        } catch (LastErrorException e) {
            throw Libc.osError(e);
        }
        ThreadState ts = args.thread();
        PySet set = new PySet(ts, false);
        cpus.stream().forEach(cpu -> {
            PyInt item = PyInt.of(ts, cpu);
            set.add(ts, item);
            ts.decref(item);
        });
        return set;
    }

    /**
     * os.sched_setaffinity(pid, mask): mask is any iterable of CPU numbers, checked as posixmodule.c's
     * os_sched_setaffinity_impl checks them (ints only, none negative, each below INT_MAX).
     */
    static PyObject schedSetaffinity(Args args) {
        args.noKeywords("sched_setaffinity");
        if (args.size() != 2) {
            throw PyErrors.typeError("sched_setaffinity() takes exactly 2 arguments (" + args.size() + " given)");
        }
        ThreadState ts = args.thread();
        int pid = Convert.toInt(args.get(0), "sched_setaffinity");
        BitSet cpus = new BitSet();
        PyObject it = Ops.iter(ts, args.get(1));
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                try {
                    cpus.set(cpuNumber(item));
                } finally {
                    ts.decref(item);
                }
            }
        } finally {
            ts.decref(it);
        }
        try {
            set(pid, cpus);
        } catch (LastErrorException e) {
            throw Libc.osError(e);
        }
        return org.gillab.model.object.PyNone.NONE;
    }

    private static int cpuNumber(PyObject item) {
        if (Numbers.asInt(item) == null) {
            throw PyErrors.typeError("expected an iterator of ints, but iterator yielded " + Ops.repr(ThreadState.current(), item.type()));
        }
        long cpu = Convert.toLong(item, "sched_setaffinity");
        if (cpu < 0) {
            throw PyErrors.valueError("negative CPU number");
        }
        if (cpu > Integer.MAX_VALUE - 1) {
            throw PyErrors.overflowError("CPU number too large");
        }
        return (int) cpu;
    }
}
