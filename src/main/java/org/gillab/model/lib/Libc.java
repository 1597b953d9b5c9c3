package org.gillab.model.lib;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyErrors;

/**
 * The platform's C library, called through JNA, for what the JVM does not tell: confstr(3), which
 * CPython's os.confstr calls (platform.libc_ver asks it for the glibc version), and the dynamic linker's
 * dlopen(3), dlsym and dlerror, which ctypes loads libraries and finds functions with, and the resource
 * calls the resource module wraps (getrusage(2), getrlimit, setrlimit, prlimit, getpagesize), and
 * statvfs(3) for os.statvfs. Direct mapping turns dlerror's string into a Java one before anything else can call dlerror and free it. The structs are
 * passed as long arrays: on 64-bit Linux struct rusage is 18 longs (two timevals, then 14 counters) and
 * struct rlimit two. getuid(2) and its kin give the process's ids, which the JVM does not report.
 */
final class Libc {
    private Libc() {}

    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    /** The length the value needs, with its NUL; 0 for an unknown name (errno EINVAL) or no value. */
    static native long confstr(int name, byte[] buffer, long length) throws com.sun.jna.LastErrorException;

    /** confstr(3)'s value of {@code name}, or null when it has none. */
    static String confstr(int name) throws com.sun.jna.LastErrorException {
        byte[] buffer = new byte[256];
        long length = confstr(name, buffer, buffer.length);
        if (length > buffer.length) {
            buffer = new byte[(int) length];
            length = confstr(name, buffer, buffer.length);
        }
        return length == 0 ? null : new String(buffer, 0, (int) length - 1, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The library's handle, or null (dlerror says why); a null name is the program itself. */
    static native com.sun.jna.Pointer dlopen(String name, int mode);

    /** The symbol's address, or null with dlerror set when it is undefined. */
    static native com.sun.jna.Pointer dlsym(com.sun.jna.Pointer handle, String name);

    /** The last dynamic-linker error of this thread, cleared by the call, or null. */
    static native String dlerror();

    static native int getrusage(int who, long[] usage) throws com.sun.jna.LastErrorException;

    static native int getrlimit(int resource, long[] limit) throws com.sun.jna.LastErrorException;

    static native int setrlimit(int resource, long[] limit) throws com.sun.jna.LastErrorException;

    /** Sets the limit to {@code newLimit} unless it is null, and reads the old one into {@code oldLimit}. */
    static native int prlimit(int pid, int resource, long[] newLimit, long[] oldLimit) throws com.sun.jna.LastErrorException;

    static native int getpagesize();

    /**
     * statvfs(3) into 14 longs: on 64-bit Linux struct statvfs is eleven unsigned longs (f_bsize, f_frsize,
     * f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax) and six spare ints.
     */
    static native int statvfs(String path, long[] buffer) throws com.sun.jna.LastErrorException;

    /** The CPUs thread or process {@code pid} (0: the calling thread) may run on, as a bit mask of {@code size} bytes. */
    static native int sched_getaffinity(int pid, long size, long[] mask) throws com.sun.jna.LastErrorException;

    static native int sched_setaffinity(int pid, long size, long[] mask) throws com.sun.jna.LastErrorException;

    /** The OSError subclass for the errno a call failed with, as CPython's PyErr_SetFromErrno raises it. */
    static RuntimeException osError(LastErrorException e) {
        return PyErrors.osError(e.getErrorCode(), Errno.strerror(e.getErrorCode()), null);
    }

    static native int getuid();

    static native int geteuid();

    static native int getgid();

    static native int getegid();

    private static native int setvbuf(com.sun.jna.Pointer stream, com.sun.jna.Pointer buffer, int mode, long size);

    /**
     * Makes C's stdout and stderr unbuffered, as CPython does when PYTHONUNBUFFERED is set (pylifecycle.c's
     * buffered_stdio): what C code prints through ctypes then lands between the program's own lines.
     */
    static void unbufferStdio() {
        com.sun.jna.NativeLibrary libc = com.sun.jna.NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
        for (String stream : new String[] {"stdout", "stderr"}) {
            setvbuf(libc.getGlobalVariableAddress(stream).getPointer(0), null, 2 /* _IONBF */, 0);
        }
    }
}
