package org.gillab.model.lib;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The platform's C library, called through JNA, for what the JVM does not tell: confstr(3), which
 * CPython's os.confstr calls (platform.libc_ver asks it for the glibc version), and the dynamic linker's
 * dlopen(3), dlsym and dlerror, which ctypes loads libraries and finds functions with. Direct mapping turns
 * dlerror's string into a Java one before anything else can call dlerror and free it.
 */
final class Libc {
    private Libc() {}

    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    /** The length the value needs, with its NUL; 0 for an unknown name (errno EINVAL) or no value. */
    static native long confstr(int name, byte[] buffer, long length) throws com.sun.jna.LastErrorException;

    /** The library's handle, or null (dlerror says why); a null name is the program itself. */
    static native com.sun.jna.Pointer dlopen(String name, int mode);

    /** The symbol's address, or null with dlerror set when it is undefined. */
    static native com.sun.jna.Pointer dlsym(com.sun.jna.Pointer handle, String name);

    /** The last dynamic-linker error of this thread, cleared by the call, or null. */
    static native String dlerror();

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
