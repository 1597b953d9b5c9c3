package org.gillab.protocol;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The kernel's own diagnostics, on the stderr the kernel was started with (the front end's log). Written
 * to the file descriptor itself, because System.err is routed to the running cell.
 */
final class KernelLog {
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private KernelLog() {}

    static void warn(String message) {
        ERR.println("gil-lab kernel: " + message);
    }

    static void dropped(String channel, InvalidMessageException e) {
        warn("dropped a message on " + channel + ": " + e.getMessage());
    }
}
