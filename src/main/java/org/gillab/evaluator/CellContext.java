package org.gillab.evaluator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import org.gillab.display.DisplaySink;
import org.gillab.display.MimeBundle;

/**
 * Everything that belongs to one executing cell: its front end, its buffered stdout/stderr, the input
 * line it is reading. The thread running the cell and every thread
 * it starts find it through {@link OutputRouting}, also after the cell ended, so late output still goes
 * to this cell's request and never to a later cell.
 */
final class CellContext implements DisplaySink {
    private final CellIO io;
    private final StreamBuffer out;
    private final StreamBuffer err;
    private byte[] inputLine = new byte[0];
    private int inputPosition;

    CellContext(CellIO io, ScheduledExecutorService flusher) {
        this.io = io;
        this.out = new StreamBuffer(text -> io.stream("stdout", text), flusher);
        this.err = new StreamBuffer(text -> io.stream("stderr", text), flusher);
    }

    StreamBuffer stream(boolean error) {
        return error ? err : out;
    }

    void flush() {
        out.flush();
        err.flush();
    }

    @Override
    public void show(MimeBundle bundle, String displayId) {
        flush();
        io.display(bundle, displayId, false);
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        flush();
        io.display(bundle, displayId, true);
    }

    /** Reads from System.in: bytes of the current input line, asking the front end for a new one when used up. */
    synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (inputPosition == inputLine.length) {
            flush();  // a prompt printed without newline must be visible before the input box
            String line;
            try {
                line = io.input("", false);
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                // unchecked, so that readers which swallow IOException (Scanner) still show why
                throw new UncheckedIOException(e);
            }
            if (Thread.interrupted()) {
                throw new InterruptedIOException("interrupted while waiting for input");
            }
            inputLine = (line + "\n").getBytes(StandardCharsets.UTF_8);
            inputPosition = 0;
        }
        int count = Math.min(length, inputLine.length - inputPosition);
        System.arraycopy(inputLine, inputPosition, buffer, offset, count);
        inputPosition += count;
        return count;
    }
}
