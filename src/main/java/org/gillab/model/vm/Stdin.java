package org.gillab.model.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where input() gets its lines: a line without its newline, null at the end of the input. */
@FunctionalInterface
public interface Stdin {
    String readLine() throws InterruptedException;

    /**
     * The process's standard input as System.in is when input() runs (in the kernel, it asks the front
     * end for a line), read byte by byte up to the newline so nothing after the line is consumed.
     */
    Stdin SYSTEM = () -> {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = System.in.read(); b != '\n'; b = System.in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
        } catch (InterruptedIOException e) { // the kernel's System.in when the user interrupts the cell
            throw new InterruptedException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString(StandardCharsets.UTF_8);
    };
}
