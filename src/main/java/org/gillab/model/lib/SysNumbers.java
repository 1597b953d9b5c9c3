package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Hashing;
import org.gillab.model.object.IntStrDigits;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.vm.InterpreterState;

/**
 * sys's facts about numbers and threads (Python/sysmodule.c): float_info (Objects/floatobject.c's, the
 * IEEE 754 doubles Java's are too), int_info (Objects/longobject.c's 30-bit digits, which the model's
 * BigIntegers do not have but CPython's programs read), hash_info (Python/pyhash.c's parameters, which
 * {@link Hashing} follows), thread_info (Python/thread.c's, POSIX threads on glibc), and the limit on
 * int-to-decimal-string conversions ({@link IntStrDigits}): get_int_max_str_digits and
 * set_int_max_str_digits.
 */
final class SysNumbers {
    private SysNumbers() {}

    private static final StructSequence FLOAT_INFO = new StructSequence("sys.float_info", "max", "max_exp",
            "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final StructSequence INT_INFO = new StructSequence("sys.int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    private static final StructSequence HASH_INFO = new StructSequence("sys.hash_info", "width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    private static final StructSequence THREAD_INFO = new StructSequence("sys.thread_info", "name", "lock", "version");
    /** confstr(3)'s _CS_GNU_LIBPTHREAD_VERSION, which thread_info.version reports ("NPTL 2.36"). */
    private static final int CS_GNU_LIBPTHREAD_VERSION = 3;

    static void addTo(PyModule sys, InterpreterState interp) {
        sys.add("float_info", FLOAT_INFO.constant(PyFloat.constant(Double.MAX_VALUE), PyInt.constant(Double.MAX_EXPONENT + 1),
                        PyInt.constant(308), PyFloat.constant(Double.MIN_NORMAL), PyInt.constant(Double.MIN_EXPONENT + 1),
                        PyInt.constant(-307), PyInt.constant(15), PyInt.constant(53), PyFloat.constant(Math.ulp(1.0)),
                        PyInt.constant(2), PyInt.constant(1)))
                .add("int_info", INT_INFO.constant(PyInt.constant(30), PyInt.constant(4),
                        PyInt.constant(IntStrDigits.DEFAULT_LIMIT), PyInt.constant(IntStrDigits.THRESHOLD)))
                .add("hash_info", HASH_INFO.constant(PyInt.constant(64), PyInt.constant(Hashing.MODULUS),
                        PyInt.constant(Hashing.INF), PyInt.constant(0), PyInt.constant(Hashing.IMAG),
                        PyStr.constant("siphash13"), PyInt.constant(64), PyInt.constant(128), PyInt.constant(0)))
                .add("thread_info", THREAD_INFO.constant(PyStr.constant("pthread"), PyStr.constant("semaphore"),
                        pthreadVersion()))
                .function("get_int_max_str_digits", args -> {
                    args.noArgs("sys.get_int_max_str_digits");
                    return PyInt.of(args.thread(), interp.intMaxStrDigits());
                })
                .function("set_int_max_str_digits", args -> setIntMaxStrDigits(interp, args));
    }

    /** sys.flags.int_max_str_digits: PYTHONINTMAXSTRDIGITS's limit when it is set, else -1. */
    static PyObject intMaxStrDigitsFlag() {
        String limit = System.getenv("PYTHONINTMAXSTRDIGITS");
        return PyInt.constant(limit == null || limit.isEmpty() ? -1 : IntStrDigits.fromEnvironment(limit));
    }

    /** sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least the threshold, for this interpreter. */
    private static PyObject setIntMaxStrDigits(InterpreterState interp, Args args) {
        PyObject maxdigits = args.bind("set_int_max_str_digits", 1, "maxdigits")[0];
        int limit = Convert.toInt(maxdigits, "set_int_max_str_digits");
        if (limit != 0 && limit < IntStrDigits.THRESHOLD) {
            throw PyErrors.valueError("maxdigits must be 0 or larger than " + IntStrDigits.THRESHOLD);
        }
        interp.setIntMaxStrDigits(limit);
        return PyNone.NONE;
    }

    /** The C library's threads' version, as "NPTL 2.36"; None where it has no such name (not glibc). */
    private static PyObject pthreadVersion() {
        try {
            String version = Libc.confstr(CS_GNU_LIBPTHREAD_VERSION);
            return version == null ? PyNone.NONE : PyStr.constant(version);
        } catch (com.sun.jna.LastErrorException | UnsatisfiedLinkError e) {
            return PyNone.NONE;
        }
    }
}
