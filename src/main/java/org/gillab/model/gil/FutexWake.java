package org.gillab.model.gil;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The futex_wake system call glibc's sem_post makes (nptl/sem_post.c) whenever a waiter is registered,
 * asleep or not: on a word no thread waits on, it is the kernel entry and exit the poster pays when the
 * waiter it would wake is already awake. Made through the C library's syscall(2) on Linux; elsewhere
 * there is no glibc semaphore to mirror, and it does nothing.
 */
final class FutexWake {
    private static final int FUTEX_WAKE_PRIVATE = 1 | 128;
    private static final long SYS_FUTEX = futexNumber();
    /** The word the call names: private to this class, so the call never wakes anything. */
    private static final Pointer WORD = SYS_FUTEX == 0 ? null : new Memory(Integer.BYTES);

    static {
        if (SYS_FUTEX != 0) {
            Native.register(Platform.C_LIBRARY_NAME);
        }
    }

    private FutexWake() {}

    /** SYS_futex, which Linux numbers by architecture (x86-64 202, arm64 98); 0 where we know of none. */
    private static long futexNumber() {
        if (!Platform.isLinux() || !Platform.is64Bit()) {
            return 0;
        }
        if (Platform.isIntel()) {
            return 202;
        }
        return Platform.isARM() ? 98 : 0;
    }

    private static native long syscall(long number, Pointer address, int operation, int count, Pointer timeout, Pointer address2, int value3);

    /** futex(FUTEX_WAKE_PRIVATE, 1) on nobody: the kernel's answer, how many it woke (0), or -1 where not made. */
    static long onNobody() {
        return SYS_FUTEX == 0 ? -1 : syscall(SYS_FUTEX, WORD, FUTEX_WAKE_PRIVATE, 1, null, null, 0);
    }
}
