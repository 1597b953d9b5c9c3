package org.gillab.model.lib;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The platform's C library, called through JNA, for what the JVM does not tell: confstr(3), which
 * CPython's os.confstr calls (platform.libc_ver asks it for the glibc version).
 */
final class Libc {
    private Libc() {}

    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    /** The length the value needs, with its NUL; 0 for an unknown name (errno EINVAL) or no value. */
    static native long confstr(int name, byte[] buffer, long length) throws com.sun.jna.LastErrorException;
}
