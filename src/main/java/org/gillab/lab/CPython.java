package org.gillab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real CPython on this machine, to run the lab's Python programs beside the model. Each program
 * defines {@code main(...)} returning rows (a list of lists); the model calls it directly, CPython
 * runs it as a script that reads the arguments as JSON and prints the rows as JSON.
 */
final class CPython {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOOTER = """

            if __name__ == '__main__':
                import json, sys
                print(json.dumps(main(*json.loads(sys.argv[1]))))
            """;

    private final Path executable;
    private final String version;

    private CPython(Path executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /**
     * The CPython called {@code name}: a path, or a command searched on PATH (e.g. "python3").
     * Empty, with a note on stdout saying why, when there is none.
     */
    static Optional<CPython> find(String name) {
        Optional<Path> path = name.contains(File.separator) ? Optional.of(Path.of(name)).filter(Files::isExecutable)
                : onPath(name);
        if (path.isEmpty()) {
            System.out.println("No CPython found ('" + name + "' is not an executable"
                    + (name.contains(File.separator) ? "" : " on PATH") + "): the table has model rows only.");
            return Optional.empty();
        }
        try {
            String version = output(path.get(), "-c", "import platform; print(platform.python_version())").strip();
            return Optional.of(new CPython(path.get(), version));
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.out.println("CPython at " + path.get() + " does not run (" + e.getMessage() + "): model rows only.");
            return Optional.empty();
        }
    }

    String version() {
        return version;
    }

    /** Runs {@code main(*arguments)} of the lab program {@code source} and returns its rows. */
    List<List<Object>> run(String source, Object... arguments) throws IOException, InterruptedException {
        Path script = Files.createTempFile("gil-lab-", ".py");
        try {
            Files.writeString(script, source + FOOTER);
            String out = output(executable, script.toString(), JSON.writeValueAsString(arguments));
            String[] lines = out.strip().split("\n");
            return JSON.readValue(lines[lines.length - 1], JSON.getTypeFactory()
                    .constructCollectionType(List.class, JSON.getTypeFactory().constructCollectionType(List.class, Object.class)));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * Runs a CPython command and returns its stdout; stderr goes to ours. An interrupt kills the
     * process and its children (a Pool's workers) before it is passed on.
     */
    private static String output(Path python, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString()));
        command.addAll(List.of(args));
        // stdout goes to a file: waitFor() can be interrupted, a read of the pipe could not.
        Path out = Files.createTempFile("gil-lab-", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(out.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(python + " exited with " + process.exitValue());
            }
            return Files.readString(out);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(out);
        }
    }

    /** The executable {@code command} in a directory of PATH. */
    static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The text of a lab program shipped as a resource beside this class. */
    static String program(String name) {
        try (var in = CPython.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lab program " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
