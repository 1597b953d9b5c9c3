package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/** The system call sem_post makes while a waiter is registered: real, and waking nobody. */
class FutexWakeTest {

    @Test
    void theCallReachesTheKernelAndWakesNobody() {
        assumeTrue(Platform.isLinux() && Platform.is64Bit() && (Platform.isIntel() || Platform.isARM()),
                "futex(2) is called on 64-bit Linux only, as glibc's sem_post makes it");
        // -1 would be a call not made or refused (EFAULT, ENOSYS); the kernel answers how many it woke
        assertEquals(0, FutexWake.onNobody());
    }
}
