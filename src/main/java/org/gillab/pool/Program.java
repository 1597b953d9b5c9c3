package org.gillab.pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gillab.model.Interpreter;
import org.gillab.model.WorkingDirectory;

/**
 * The main program a worker runs as module {@code __mp_main__} before it calls a function of it by
 * name: CPython's spawn start method, where the child re-imports the parent's main script with the
 * parent's sys.argv. A program may come in several parts (an interpreter's main module fed by several
 * exec calls), run in order. The worker runs it in {@code directory}, the model's working directory
 * when the program was sent off, as a forked child starts in its parent's.
 */
record Program(List<Interpreter.Source> parts, List<String> argv, String directory) {
    Program(List<Interpreter.Source> parts, List<String> argv) {
        this(parts, argv, WorkingDirectory.current().toString());
    }

    Program {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one source");
        }
        parts.forEach(part -> Objects.requireNonNull(part.text(), "source: pass the Python source text that defines the function"));
        parts = List.copyOf(parts);
        argv = List.copyOf(argv);
    }

    static Program of(String source) {
        Objects.requireNonNull(source, "source: pass the Python source text that defines the function");
        return new Program(List.of(new Interpreter.Source("<string>", source)), List.of(""));
    }

    static Program read(Path file) {
        try {
            return new Program(List.of(new Interpreter.Source(file.toString(), Files.readString(file))), List.of(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program " + file + ": " + e.getMessage(), e);
        }
    }

    /** The name tracebacks show for the program's first part: its path, or {@code <string>}. */
    String filename() {
        return parts.get(0).filename();
    }
}
