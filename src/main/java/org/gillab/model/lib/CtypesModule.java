package org.gillab.model.lib;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
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
 * The native half of ctypes (Modules/_ctypes/_ctypes.c, callproc.c), written for the model over JNA, not
 * copied. It knows only addresses and C scalar kinds; the ctypes package (Python) builds the types, the
 * layouts and the conversions on it. A foreign call runs with the GIL released unless the library is a
 * PyDLL (callproc.c's FUNCFLAG_PYTHONAPI); a callback called from C takes the GIL back
 * ({@link ForeignCallback}). Each thread has its private ctypes errno, swapped with the real errno around
 * calls of functions made with use_errno=True (callproc.c's _ctypes_get_errno machinery).
 *
 * <p>The kinds ("codes") are single letters: i (C int), l (long and every 64-bit integer), P (pointer, an
 * address or None), d (double), f (float), v (void, results only).
 */
final class CtypesModule {
    private CtypesModule() {}

    /** RTLD_NOW, which ctypes adds to every dlopen mode (py_dl_open). */
    private static final int RTLD_NOW = 2;

    /** The thread's ctypes-private errno (callproc.c keeps it in the thread state dict). */
    private static final ThreadLocal<int[]> ERRNO = ThreadLocal.withInitial(() -> new int[1]);

    static PyModule create(InterpreterState interp) {
        String unbuffered = System.getenv("PYTHONUNBUFFERED");
        if (unbuffered != null && !unbuffered.isEmpty()) {
            Libc.unbufferStdio();
        }
        return new PyModule("_ctypes", true)
                .function("is_object_id", args -> {
                    args.checkPositional("is_object_id", "_ctypes.is_object_id", 1, 1);
                    return PyBool.of(args.thread().heap().isObjectId(integer(args.get(0))));
                })
                // from_buffer's source: the address of its bytes when they are native memory (a mapped file), else 0
                .function("buffer_address", args -> {
                    args.checkPositional("buffer_address", "_ctypes.buffer_address", 1, 1);
                    return PyInt.of(args.thread(), args.get(0) instanceof PyMmap map ? map.nativeAddress() : 0);
                })
                .function("alloc", args -> {
                    args.checkPositional("alloc", "_ctypes.alloc", 1, 1);
                    return new NativeMemory(args.thread(), Clinic.ssize(args.thread(), args.get(0)));
                })
                .function("read_int", args -> {
                    args.checkPositional("read_int", "_ctypes.read_int", 3, 3);
                    return readInt(args.thread(), pointer(args.get(0)), (int) integer(args.get(1)), args.get(2).truthy());
                })
                .function("write_int", args -> {
                    args.checkPositional("write_int", "_ctypes.write_int", 3, 3);
                    writeInt(pointer(args.get(0)), (int) integer(args.get(1)), integer(args.get(2)));
                    return PyNone.NONE;
                })
                .function("read_float", args -> {
                    args.checkPositional("read_float", "_ctypes.read_float", 2, 2);
                    Pointer p = pointer(args.get(0));
                    return new PyFloat(args.thread(), integer(args.get(1)) == 4 ? p.getFloat(0) : p.getDouble(0));
                })
                .function("write_float", args -> {
                    args.checkPositional("write_float", "_ctypes.write_float", 3, 3);
                    Pointer p = pointer(args.get(0));
                    double value = real(args.get(2));
                    if (integer(args.get(1)) == 4) {
                        p.setFloat(0, (float) value);
                    } else {
                        p.setDouble(0, value);
                    }
                    return PyNone.NONE;
                })
                .function("read_bytes", args -> {
                    args.checkPositional("read_bytes", "_ctypes.read_bytes", 2, 2);
                    return new PyBytes(args.thread(), pointer(args.get(0)).getByteArray(0, (int) integer(args.get(1))), false);
                })
                .function("write_bytes", args -> {
                    args.checkPositional("write_bytes", "_ctypes.write_bytes", 2, 2);
                    byte[] bytes = PyBytes.buffer(args.get(1));
                    pointer(args.get(0)).write(0, bytes, 0, bytes.length);
                    return PyNone.NONE;
                })
                .function("strlen", args -> {
                    args.checkPositional("strlen", "_ctypes.strlen", 2, 2);
                    return PyInt.of(args.thread(), strlen(pointer(args.get(0)), (int) integer(args.get(1))));
                })
                .function("dlopen", args -> {
                    args.checkPositional("dlopen", "_ctypes.dlopen", 2, 2);
                    String name = args.get(0) == PyNone.NONE ? null : text(args.get(0));
                    Pointer handle = Libc.dlopen(fromWorkingDirectory(name), (int) integer(args.get(1)) | RTLD_NOW);
                    if (handle == null) {
                        throw PyErrors.raise(PyErrors.OS_ERROR, Libc.dlerror());
                    }
                    return PyInt.of(args.thread(), Pointer.nativeValue(handle));
                })
                .function("dlsym", args -> {
                    args.checkPositional("dlsym", "_ctypes.dlsym", 2, 2);
                    Libc.dlerror(); // clears a stale error
                    Pointer address = Libc.dlsym(pointer(args.get(0)), text(args.get(1)));
                    String error = Libc.dlerror();
                    if (error != null) {
                        throw PyErrors.attributeError(error);
                    }
                    return PyInt.of(args.thread(), Pointer.nativeValue(address));
                })
                .function("simple_value", args -> {
                    args.checkPositional("simple_value", "_ctypes.simple_value", 2, 2);
                    return SimpleValue.descriptor(args.get(0), args.get(1));
                })
                .function("call", args -> {
                    args.checkPositional("call", "_ctypes.call", 6, 6);
                    return call(interp, args);
                })
                .function("callback", args -> {
                    args.checkPositional("callback", "_ctypes.callback", 5, 5);
                    return new ForeignCallback(args.thread(), interp, args.get(0), args.get(1), args.get(2),
                            text(args.get(3)), text(args.get(4)).charAt(0));
                })
                .function("get_errno", args -> {
                    args.checkPositional("get_errno", "_ctypes.get_errno", 0, 0);
                    return PyInt.of(args.thread(), ERRNO.get()[0]);
                })
                .function("set_errno", args -> {
                    args.checkPositional("set_errno", "_ctypes.set_errno", 1, 1);
                    int[] errno = ERRNO.get();
                    int old = errno[0];
                    errno[0] = (int) integer(args.get(0));
                    return PyInt.of(args.thread(), old);
                });
    }

    /**
     * call(address, argcodes, args, rescode, release_gil, use_errno): calls the C function at
     * {@code address} with the converted arguments (callproc.c's _ctypes_callproc).
     */
    private static PyObject call(InterpreterState interp, Args args) {
        ThreadState ts = args.thread();
        if (integer(args.get(0)) == 0) {
            throw PyErrors.valueError("NULL function pointer"); // where CPython crashes
        }
        Function function = Function.getFunction(pointer(args.get(0)));
        String codes = text(args.get(1));
        if (!(args.get(2) instanceof PyTuple values)) {
            throw PyErrors.typeError("_ctypes.call() argument 3 must be tuple");
        }
        if (codes.length() != values.size()) {
            throw PyErrors.valueError("_ctypes.call(): " + codes.length() + " codes for " + values.size() + " arguments");
        }
        Object[] java = new Object[values.size()];
        for (int i = 0; i < java.length; i++) {
            java[i] = toJava(codes.charAt(i), values.get(i));
        }
        char result = text(args.get(3)).charAt(0);
        Class<?> returnType = javaClass(result);
        boolean useErrno = args.get(5).truthy();
        Supplier<Object> foreign = () -> {
            int[] errno = ERRNO.get();
            if (useErrno) {
                Native.setLastError(errno[0]);
            }
            Object value = function.invoke(returnType, java);
            if (useErrno) {
                errno[0] = Native.getLastError();
            }
            return value;
        };
        Object value = args.get(4).truthy() ? interp.allowThreads(ts, () -> ForeignCallback.withGilReleased(foreign)) : foreign.get();
        return fromJava(ts, result, value);
    }

    /** The Java class JNA passes or returns for a code. */
    static Class<?> javaClass(char code) {
        return switch (code) {
            case 'i' -> int.class;
            case 'l' -> long.class;
            case 'P' -> com.sun.jna.Pointer.class;
            case 'd' -> double.class;
            case 'f' -> float.class;
            case 'v' -> void.class;
            default -> throw PyErrors.valueError("_ctypes: unknown code " + code);
        };
    }

    /** A Python value (an int, a float or None) as the Java value JNA passes for {@code code}. */
    static Object toJava(char code, PyObject value) {
        return switch (code) {
            case 'i' -> (int) integer(value);
            case 'l' -> integer(value);
            case 'P' -> value == PyNone.NONE ? null : pointer(value);
            case 'd' -> real(value);
            case 'f' -> (float) real(value);
            default -> throw PyErrors.valueError("_ctypes: unknown code " + code);
        };
    }

    /** What JNA returned or passed for {@code code}, as a new Python reference. */
    static PyObject fromJava(ThreadState ts, char code, Object value) {
        return switch (code) {
            case 'i' -> PyInt.of(ts, ((Number) value).intValue());
            case 'l' -> PyInt.of(ts, ((Number) value).longValue());
            case 'P' -> value == null ? PyNone.NONE
                    : PyInt.of(ts, value instanceof Pointer p ? Pointer.nativeValue(p) : ((Number) value).longValue());
            case 'd', 'f' -> new PyFloat(ts, ((Number) value).doubleValue());
            case 'v' -> PyNone.NONE;
            default -> throw PyErrors.valueError("_ctypes: unknown code " + code);
        };
    }

    /**
     * A Python int's low 64 bits: C's conversion to a 64-bit integer, which wraps. The ctypes package
     * passes only ints, floats and strs where this module expects them; other callers get a TypeError.
     */
    static long integer(PyObject o) {
        if (o instanceof PyBool b) {
            return b.truthy() ? 1 : 0;
        }
        if (!(o instanceof PyInt i)) {
            throw PyErrors.typeError("an integer is required (got type " + o.type().name() + ")");
        }
        return i.isBig() ? i.toBig().longValue() : i.value;
    }

    private static double real(PyObject o) {
        if (!(o instanceof PyFloat f)) {
            throw PyErrors.typeError("must be real number, not " + o.type().name());
        }
        return f.value;
    }

    private static String text(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("expected str, got " + o.type().name());
        }
        return s.value;
    }

    private static Pointer pointer(PyObject address) {
        return new Pointer(integer(address));
    }

    static PyObject readInt(ThreadState ts, Pointer p, int size, boolean signed) {
        long v = switch (size) {
            case 1 -> signed ? p.getByte(0) : p.getByte(0) & 0xFFL;
            case 2 -> signed ? p.getShort(0) : p.getShort(0) & 0xFFFFL;
            case 4 -> signed ? p.getInt(0) : p.getInt(0) & 0xFFFFFFFFL;
            default -> p.getLong(0);
        };
        if (size == 8 && !signed && v < 0) {
            return PyInt.of(ts, new BigInteger(Long.toUnsignedString(v)));
        }
        return PyInt.of(ts, v);
    }

    static void writeInt(Pointer p, int size, long v) {
        switch (size) {
            case 1 -> p.setByte(0, (byte) v);
            case 2 -> p.setShort(0, (short) v);
            case 4 -> p.setInt(0, (int) v);
            default -> p.setLong(0, v);
        }
    }

    /** The length, in characters of {@code charSize} bytes, of the NUL-terminated string at {@code p}. */
    private static long strlen(Pointer p, int charSize) {
        if (charSize == 1) {
            return p.indexOf(0, (byte) 0);
        }
        long n = 0;
        while (p.getInt(n * 4) != 0) {
            n++;
        }
        return n;
    }

    /**
     * The name dlopen(3) gets: one with a slash is a path, relative ones from the model's working
     * directory (the process's, to the C library); one that is no file there goes as it is, so that
     * dlerror names it as the program did.
     */
    private static String fromWorkingDirectory(String name) {
        if (name == null || !name.contains("/") || name.startsWith("/")) {
            return name;
        }
        Path file = WorkingDirectory.resolve(name);
        return Files.exists(file) ? file.toString() : name;
    }
}
