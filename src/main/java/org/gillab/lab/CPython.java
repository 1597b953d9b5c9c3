package org.gillab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real CPython on this machine, to run the lab's Python programs beside the model. Each program
 * defines {@code main(...)} returning rows (a list of lists); the model calls it directly, CPython
 * runs it as a script that reads the arguments as JSON and prints the rows as JSON.
 */
public final class CPython {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOOTER = """

            if __name__ == '__main__':
                import json, sys
                print(json.dumps(main(*json.loads(sys.argv[1]))))
            """;

    /**
     * Prints the version, whether this build has a GIL and the interpreter's own path (last: a path may
     * hold spaces); Python 2.7 and 3.x alike.
     */
    private static final String PROBE = "import platform, sys; "
            + "print(platform.python_version() + ' ' + str(getattr(sys, '_is_gil_enabled', lambda: True)()) + ' ' + sys.executable)";
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*t?");

    private final Path executable;
    private final String version;
    private final boolean freeThreaded;

    private CPython(Path executable, String version, boolean freeThreaded) {
        this.executable = executable;
        this.version = version;
        this.freeThreaded = freeThreaded;
    }

    /** What was asked for, and the CPython found, or why there is none. */
    public record Lookup(String asked, Optional<CPython> python, String missing) {
    }

    /**
     * The CPython called {@code asked}: a version ("2.7", "3.12", "3.13t": python3.12 on PATH, else under
     * pyenv's versions), a path, or a command on PATH ("python3"). When there is none, or it does not run,
     * the lookup says why in words for a table's note.
     */
    public static Lookup find(String asked) {
        List<Path> candidates = candidates(asked);
        String reason = "not found on this machine (looked for " + (asked.contains(File.separator) ? asked
                : command(asked) + " on PATH" + (VERSION.matcher(asked).matches() ? " and under " + pyenvVersions() : "")) + ")";
        for (Path candidate : candidates) {
            try {
                String[] probe = output(candidate, "-c", PROBE).strip().split(" ", 3);
                // runs go to the interpreter itself: a pyenv shim (a shell script) adds a third of a second to each
                Path itself = probe.length == 3 && !probe[2].isEmpty() ? Path.of(probe[2]) : candidate;
                return new Lookup(asked, Optional.of(new CPython(itself, probe[0], probe[1].equals("False"))), null);
            } catch (IOException | RuntimeException e) {
                reason = candidate + " does not run (" + e.getMessage() + ")"; // a pyenv shim of a version not selected
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Lookup(asked, Optional.empty(), "interrupted while looking for it");
            }
        }
        return new Lookup(asked, Optional.empty(), reason);
    }

    private static List<Path> candidates(String asked) {
        if (asked.contains(File.separator)) {
            return Files.isExecutable(Path.of(asked)) ? List.of(Path.of(asked)) : List.of();
        }
        List<Path> candidates = new ArrayList<>(onPath(command(asked)).stream().toList());
        if (VERSION.matcher(asked).matches()) {
            String release = asked.endsWith("t") ? asked.substring(0, asked.length() - 1) : asked;
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(pyenvVersions(), release + "*")) {
                versions.forEach(dir -> candidates.add(dir.resolve("bin").resolve(command(asked))));
            } catch (IOException | RuntimeException noPyenv) {
                // no pyenv here: PATH was all there is
            }
        }
        return candidates.stream().filter(Files::isExecutable).toList();
    }

    /** "3.12" is run as python3.12; anything else is a command name already. */
    private static String command(String asked) {
        return VERSION.matcher(asked).matches() ? "python" + asked : asked;
    }

    private static Path pyenvVersions() {
        String root = System.getenv("PYENV_ROOT");
        return (root != null ? Path.of(root) : Path.of(System.getProperty("user.home"), ".pyenv")).resolve("versions");
    }

    public Path executable() {
        return executable;
    }

    /** "3.11.7". */
    public String version() {
        return version;
    }

    /** "3.9" of "3.9.18": the version profile a model run compares with. */
    String release() {
        return major() + "." + minor();
    }

    /** The engine column's name for it: "cpython 3.11.7", "cpython 3.13.0t" for a free-threaded build. */
    String engine() {
        return "cpython " + version + (freeThreaded ? "t" : "");
    }

    /** The lock this build has: "old" before 3.2, "free" in a free-threaded build, else "new". */
    String gil() {
        if (freeThreaded) {
            return "free";
        }
        return major() < 3 || (major() == 3 && minor() < 2) ? "old" : "new";
    }

    private int major() {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private int minor() {
        String[] parts = version.split("\\.");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
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
     * Runs a CPython command and returns its stdout. A failure is an IOException that quotes the last line
     * the command wrote to stderr (a traceback's last line says what went wrong). An interrupt kills the
     * process and its children (a Pool's workers) before it is passed on.
     */
    private static String output(Path python, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString()));
        command.addAll(List.of(args));
        // stdout and stderr go to files: waitFor() can be interrupted, a read of a pipe could not.
        Path out = Files.createTempFile("gil-lab-", ".out");
        Path err = Files.createTempFile("gil-lab-", ".err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                List<String> complaint = Files.readAllLines(err).stream().filter(line -> !line.isBlank()).toList();
                throw new IOException(python.getFileName() + " exited with " + process.exitValue()
                        + (complaint.isEmpty() ? "" : ": " + complaint.get(complaint.size() - 1).strip()));
            }
            return Files.readString(out);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
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
