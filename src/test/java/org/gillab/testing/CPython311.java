package org.gillab.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gillab.lab.CPython;

/**
 * The machine's CPython 3.11, the model's specification: {@code python3.11}, else a {@code python3} that is
 * 3.11. Tests that compare with it skip (with a message) where there is none.
 */
public final class CPython311 {
    private CPython311() {}

    /** What a program printed and how it exited. */
    public record Result(String stdout, String stderr, int exitStatus) {}

    private static final String EXECUTABLE = find();

    /**
     * Found as the lab finds a CPython ({@link CPython#find}), which runs the interpreter by its own path: on
     * this machine python3 is a pyenv shim, a shell script that costs a third of a second per run.
     */
    private static String find() {
        for (String candidate : List.of("python3.11", "python3")) {
            Optional<CPython> found = CPython.find(candidate).python();
            if (found.isPresent() && found.get().version().startsWith("3.11.")) {
                return found.get().executable().toString();
            }
        }
        return null;
    }

    /** The executable, or null when the machine has no CPython 3.11. */
    public static String executable() {
        return EXECUTABLE;
    }

    /**
     * Runs {@code python3.11 FILE ARGS...} with no input, as the model runs it in this JVM: the file by its
     * absolute path (sys.argv[0]), in this JVM's working directory (os.getcwd()).
     */
    public static Result run(Path file, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE, file.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = builder.start();
        var out = readAll(p.getInputStream());
        var err = readAll(p.getErrorStream());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException(file + " did not finish on CPython within 120 s");
        }
        try {
            // a child the program left running may hold the pipes open after the program ended
            return new Result(out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS), p.exitValue());
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(file + " ended on CPython, but its output did not (a child process left running?)", e);
        }
    }

    /** The stream's bytes as text, read on a thread of its own so that no wait here is unbounded. */
    private static CompletableFuture<String> readAll(InputStream stream) {
        var text = new CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "cpython output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
