package org.gillab.evaluator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Bytes one cell printed on one stream, sent as text at most {@link #DELAY_MS} after they were written
 * (Jupyter front ends show live output) and on {@link #flush()}. A flush is scheduled only when text
 * arrives, so an idle kernel does not wake up.
 */
final class StreamBuffer {
    static final long DELAY_MS = 50;

    private final Consumer<String> sender;
    private final ScheduledExecutorService scheduler;
    private final Object sendLock = new Object();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean flushScheduled;

    StreamBuffer(Consumer<String> sender, ScheduledExecutorService scheduler) {
        this.sender = sender;
        this.scheduler = scheduler;
    }

    synchronized void write(byte[] bytes, int offset, int length) {
        pending.write(bytes, offset, length);
        if (!flushScheduled) {
            flushScheduled = true;
            scheduler.schedule(this::flush, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what was written so far (except a trailing incomplete UTF-8 character). */
    void flush() {
        // sendLock keeps two flushes (the scheduled one and the cell's last) from reordering text.
        synchronized (sendLock) {
            String text = drain();
            if (!text.isEmpty()) {
                sender.accept(text);
            }
        }
    }

    private synchronized String drain() {
        flushScheduled = false;
        byte[] bytes = pending.toByteArray();
        int complete = Utf8.completePrefixLength(bytes);
        pending.reset();
        pending.write(bytes, complete, bytes.length - complete);
        return new String(bytes, 0, complete, StandardCharsets.UTF_8);
    }
}
