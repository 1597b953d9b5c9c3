package org.gillab.lab;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gillab.evaluator.CellError;

/**
 * The notebook's CPython session: one python3 process that runs {@code %%python --cpython} cells in a
 * persistent __main__ (resource cpython_session.py, which describes the protocol). What a cell prints
 * streams into the cell as it comes; input() asks the front end.
 *
 * <p>An interrupt raises KeyboardInterrupt in the cell's main thread, as Ctrl-C does; a second one
 * kills the process. CPython cannot stop a thread, so a session whose interrupted cell left threads
 * running is ended (the next cell that needs CPython starts a new one): nothing keeps spinning.
 */
final class CPythonSession implements PythonEngine, AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final TypeReference<Map<String, Object>> FRAME = new TypeReference<>() {};

    private final Process process;
    private final OutputStream requests;
    private final InputStream output;
    private final String version;
    /** Interrupts of the running cell: the first asks CPython to raise KeyboardInterrupt, the second kills it. */
    private final AtomicInteger interrupts = new AtomicInteger();

    private CPythonSession(Process process) throws IOException {
        this.process = process;
        this.requests = process.getOutputStream();
        this.output = new BufferedInputStream(process.getInputStream());
        Map<String, Object> ready = nextFrame();
        if (ready == null || !ready.containsKey("ready")) {
            process.destroyForcibly();
            throw new IOException("the CPython session did not start (exit code " + exitCode() + ")");
        }
        this.version = String.valueOf(ready.get("ready"));
    }

    /** Starts a session on the CPython at {@code python}. */
    static CPythonSession start(Path python) throws IOException {
        // -u: what a cell prints reaches the notebook as it is printed, not when a buffer fills; UTF-8
        // whatever the locale, as the kernel reads it
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-u", "-c", CPython.program("cpython_session.py"))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        return new CPythonSession(builder.start());
    }

    String version() {
        return version;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String label() {
        return "CPython " + version;
    }

    @Override
    public Run run(String source, String filename) {
        interrupts.set(0);
        try {
            send(Map.of("run", source, "filename", filename));
            while (true) {
                Map<String, Object> frame = nextFrame();
                if (frame == null) {
                    return new Run(null, ended(), 0);
                }
                if (frame.containsKey("stderr")) {
                    System.err.print(frame.get("stderr"));
                } else if (frame.containsKey("input")) {
                    answerInput();
                } else if (frame.containsKey("done")) {
                    return done(asMap(frame.get("done")));
                }
            }
        } catch (IOException e) {
            return new Run(null, ended(), 0);
        }
    }

    private Run done(Map<String, Object> done) {
        Map<String, Object> error = asMap(done.get("error"));
        List<?> threads = (List<?>) done.get("threads");
        if (interrupts.get() > 0 && !threads.isEmpty()) {
            String names = threads.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
            System.err.println("CPython cannot stop a thread, and " + names + " kept running after the interrupt: "
                    + "this CPython session is closed, and the next --cpython cell starts a new one.");
            close();
        }
        CellError cellError = error == null ? null : new CellError(String.valueOf(error.get("ename")),
                String.valueOf(error.get("evalue")), ((List<?>) error.get("traceback")).stream().map(String::valueOf).toList());
        return new Run((String) done.get("value"), cellError, ((Number) done.get("seconds")).doubleValue());
    }

    private CellError ended() {
        close();
        if (interrupts.get() > 1) {
            return CellError.of("KeyboardInterrupt", "CPython did not stop at the first interrupt and was ended at the "
                    + "second; the next --cpython cell starts a new session");
        }
        return CellError.of("CPythonSessionEnded", "the CPython session ended (exit code " + exitCode()
                + "); the next --cpython cell starts a new one");
    }

    /** input() in the cell: a line from the front end (System.in, which the kernel routes there). */
    private void answerInput() throws IOException {
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            // the kernel's System.in gives one front-end line per read, so this reader holds nothing back
            reply.put("input", new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
        } catch (InterruptedIOException e) {
            return; // interrupted while waiting: CPython raises KeyboardInterrupt in input() itself
        } catch (IOException e) {
            reply.put("input", null);
            reply.put("error", e.getMessage());
        } catch (UncheckedIOException e) {
            reply.put("input", null);
            reply.put("error", e.getCause().getMessage());
        }
        send(reply);
    }

    @Override
    public void interrupt(Thread cellThread) {
        if (interrupts.incrementAndGet() == 1) {
            try {
                send(Map.of("interrupt", true));
            } catch (IOException e) {
                close();
            }
            cellThread.interrupt(); // ends a wait for the front end's input
        } else {
            close();
        }
    }

    @Override
    public synchronized Object get(String name) {
        return JavaValues.plain(ask(Map.of("get", name)).get("value"));
    }

    @Override
    public synchronized void set(String name, Object value) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("set", name);
        request.put("value", JavaValues.forPython(value));
        ask(request);
    }

    /** Sends a get or set request and returns its answer; a Python error becomes an IllegalArgumentException. */
    private Map<String, Object> ask(Map<String, Object> request) {
        try {
            send(request);
            Map<String, Object> answer;
            do {
                answer = nextFrame();
                if (answer == null) {
                    throw new IllegalStateException(ended().evalue());
                }
                if (answer.containsKey("stderr")) {
                    System.err.print(answer.get("stderr"));
                }
            } while (!answer.containsKey("value") && !answer.containsKey("error"));
            Map<String, Object> error = asMap(answer.get("error"));
            if (error != null) {
                throw new IllegalArgumentException("CPython: " + error.get("ename") + ": " + error.get("evalue"));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("the CPython session does not answer: " + e.getMessage(), e);
        }
    }

    private synchronized void send(Map<String, Object> request) throws IOException {
        requests.write(JSON.writeValueAsBytes(request));
        requests.write('\n');
        requests.flush();
    }

    /**
     * The next control frame; what the session prints before it goes to System.out as it arrives (a
     * cell's output is live). Null when the process has ended.
     */
    private Map<String, Object> nextFrame() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            while (true) {
                if (text.size() > 0 && output.available() == 0) {
                    passOn(text);
                }
                int b = output.read();
                if (b < 0) {
                    return null;
                }
                if (b == 0) {
                    passOn(text);
                    return JSON.readValue(readLine(), FRAME);
                }
                text.write(b);
            }
        } finally {
            passOn(text);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = output.read(); b >= 0 && b != '\n'; b = output.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void passOn(ByteArrayOutputStream text) {
        if (text.size() > 0) {
            System.out.write(text.toByteArray(), 0, text.size());
            text.reset();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /**
     * Ends the process (closing its stdin ends it at once, whatever its cell is doing) and the processes
     * it started, such as a Pool's workers.
     */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
