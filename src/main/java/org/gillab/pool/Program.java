package org.gillab.pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The main program a worker loads as module {@code __mp_main__} before it calls a function of it by
 * name: CPython's spawn start method, where the child re-imports the parent's main script.
 *
 * @param filename the name tracebacks show: the script's path, or {@code <string>} for source text
 * @param source   the Python source text
 */
record Program(String filename, String source) {
    Program {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(source, "source: pass the Python source text that defines the function");
    }

    static Program of(String source) {
        return new Program("<string>", source);
    }

    static Program read(Path file) {
        try {
            return new Program(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program " + file + ": " + e.getMessage(), e);
        }
    }
}
