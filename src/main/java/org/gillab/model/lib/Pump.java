package org.gillab.model.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A Java thread copying one of a child process's streams until its end, doing in the model what the
 * kernel does for CPython when a child writes to a descriptor it inherited: the child's inherited
 * stdout reaches the model's own stdout (which in a notebook is the cell's output, not the JVM's
 * descriptor 1), a file object given as stdout receives the child's output at its position, and
 * communicate() collects a pipe's bytes. Not Python: it runs without the GIL and touches no object.
 */
final class Pump {
    private final Thread thread;
    /** What was copied, when collecting (communicate), else null. */
    private final ByteArrayOutputStream collected;
    private volatile boolean copiedAny;

    private Pump(String name, InputStream from, OutputStream to, ByteArrayOutputStream collected, boolean closeTarget) {
        this.collected = collected;
        this.thread = new Thread(() -> copy(from, to, closeTarget), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Copies {@code from} into {@code to}, flushing each piece, until {@code from} ends. */
    static Pump copying(String name, InputStream from, OutputStream to) {
        return new Pump(name, from, to, null, false);
    }

    /** Copies {@code from} into {@code to} and then closes {@code to} (a child's stdin, given a file). */
    static Pump feeding(String name, InputStream from, OutputStream to) {
        return new Pump(name, from, to, null, true);
    }

    /** Collects all of {@code from}, for {@link #collected()}. */
    static Pump collecting(String name, InputStream from) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new Pump(name, from, bytes, bytes, false);
    }

    private void copy(InputStream from, OutputStream to, boolean closeTarget) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                synchronized (this) {
                    to.write(buffer, 0, n);
                    copiedAny = true;
                }
                to.flush();
            }
        } catch (IOException e) {
            // the stream was closed under the copy (the parent closed its end, or the target went)
        } finally {
            if (closeTarget) {
                try {
                    to.close();
                } catch (IOException e) {
                    // a child gone before reading all its input: its stdin is already broken
                }
            }
        }
    }

    /** Waits up to {@code nanos} (forever if negative) for the stream's end; whether it came. */
    boolean await(long nanos) throws InterruptedException {
        if (nanos < 0) {
            thread.join();
        } else {
            long millis = nanos / 1_000_000;
            thread.join(millis, (int) (nanos % 1_000_000));
        }
        return !thread.isAlive();
    }

    /** All that was collected so far. */
    synchronized byte[] collected() {
        return collected.toByteArray();
    }

    /** Whether a read has returned yet (data or the end), as a selector loop would have seen one. */
    boolean readAnything() {
        return copiedAny || !thread.isAlive();
    }
}
