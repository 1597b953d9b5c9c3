package org.gillab.evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.gillab.display.Display;

/**
 * Replaces System.out, System.err and System.in once per JVM with streams that find the running cell
 * through an {@link InheritableThreadLocal}: a cell's thread and every thread it starts (they inherit
 * the value when created) print into that cell. Threads that belong to no cell, such as the kernel's
 * own, keep the original streams.
 */
final class OutputRouting {
    private static final InheritableThreadLocal<CellContext> CURRENT = new InheritableThreadLocal<>();
    /**
     * The kernel's thread group, taken when install() first loads this class on a kernel thread. The
     * flusher thread is created lazily, by a cell's first print; in the cell's own group, JShell's
     * stop() on an interrupt would stop it too, and output would no longer stream.
     */
    private static final ThreadGroup KERNEL_GROUP = Thread.currentThread().getThreadGroup();
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        // not inheriting thread locals: the flusher is created while a cell runs, but belongs to no cell
        Thread thread = new Thread(KERNEL_GROUP, runnable, "gil-lab-output-flusher", 0, false);
        thread.setDaemon(true);
        return thread;
    });
    private static boolean installed;

    private OutputRouting() {}

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        System.setOut(new PrintStream(new Routed(false, originalOut), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Routed(true, originalErr), false, StandardCharsets.UTF_8));
        System.setIn(new RoutedInput(originalIn));
        Display.installSinkLookup(CURRENT::get);
    }

    static CellContext newContext(CellIO io) {
        return new CellContext(io, FLUSHER);
    }

    /** Makes {@code context} the current thread's cell (and that of threads it starts from now on). */
    static void enter(CellContext context) {
        CURRENT.set(context);
    }

    static void leave() {
        CURRENT.remove();
    }

    private static final class Routed extends OutputStream {
        private final boolean error;
        private final OutputStream original;

        Routed(boolean error, OutputStream original) {
            this.error = error;
            this.original = original;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            CellContext context = CURRENT.get();
            if (context == null) {
                original.write(bytes, offset, length);
            } else {
                context.stream(error).write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            CellContext context = CURRENT.get();
            if (context == null) {
                original.flush();
            }
        }
    }

    private static final class RoutedInput extends InputStream {
        private final InputStream original;

        RoutedInput(InputStream original) {
            this.original = original;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            CellContext context = CURRENT.get();
            return context == null ? original.read(buffer, offset, length) : context.read(buffer, offset, length);
        }
    }
}
