package org.gillab.model.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;

/** Where input() gets its lines: the prompt is shown, a line without its newline comes back, null at end of input. */
@FunctionalInterface
public interface Stdin {
    String readLine(String prompt) throws InterruptedException;

    /** The process's standard input, the prompt written to standard output. */
    Stdin SYSTEM = new Stdin() {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in));

        @Override
        public String readLine(String prompt) {
            System.out.print(prompt);
            System.out.flush();
            try {
                return in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
