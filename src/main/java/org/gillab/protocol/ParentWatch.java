package org.gillab.protocol;

import java.util.Optional;

/**
 * Ends a kernel whose front end is gone, as ipykernel's parent poller does: jupyter_client names itself in
 * the kernel's environment (JPY_PARENT_PID), and a kernel orphaned by a front end that crashed or was
 * killed would otherwise run, and hold its sockets and pool workers, until the machine stops.
 */
final class ParentWatch {
    private ParentWatch() {}

    /**
     * Runs {@code shutdown} once the process JPY_PARENT_PID names has ended (at once if it already has).
     * Nothing happens without one, or when it is init (pid 1), which never ends.
     */
    static void start(Runnable shutdown) {
        long pid = parsed(System.getenv("JPY_PARENT_PID"));
        if (pid <= 1) {
            return;
        }
        Runnable orphaned = () -> {
            KernelLog.warn("the front end that started this kernel (pid " + pid + ") has ended: shutting down");
            shutdown.run();
        };
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        // for a process that is not its child, the JVM polls (every 0.3 to 5 s) and knows a reused pid by its start time
        parent.map(ProcessHandle::onExit).ifPresentOrElse(exit -> exit.thenRun(orphaned), orphaned);
    }

    private static long parsed(String pid) {
        try {
            return pid == null ? 0 : Long.parseLong(pid.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
