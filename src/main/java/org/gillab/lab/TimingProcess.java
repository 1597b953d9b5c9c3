package org.gillab.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gillab.model.gil.GilKind;
import org.gillab.pool.ModelJvm;

/**
 * Where the lab times the model: a JVM of its own per lock kind ({@link TimingWorker}), started with
 * the pool workers' flags and warmed to steady state as they are ({@link org.gillab.model.WarmUp}).
 *
 * <p>Why not time the model where the experiment runs? A JIT-compiled eval loop runs as fast as its
 * JVM's history lets it: the kernel's JVM has compiled it for every lock kind and program the notebook
 * ran before (a free-threaded run makes the new GIL's checks polymorphic, an old-GIL run adds a tick to
 * every instruction), and its heap holds everything the session built. A pool worker is a fresh JVM that
 * only ever ran the countdown. So the issue measured "1 thread" in the kernel at 0.60 s and 1 thread in
 * fresh threads at 0.49 s for the same work, and a Pool(2) at 2.2x on two cores. Here every timed run
 * (one thread, N threads, N interpreters, each worker of a Pool of N) happens in a process of the same
 * kind, with the same flags, warm-up and nothing else in it, as every CPython run is a fresh python.
 */
final class TimingProcess implements AutoCloseable {
    /** The answer that stands for the process's end, to every request after it. */
    private static final String ENDED = "ended";
    /** How long a JVM may take to start and warm up on a loaded machine before we give up on it. */
    private static final long READY_MINUTES = 3;

    private final GilKind kind;
    private final Process process;
    private final PrintStream requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private String warmUp;

    private TimingProcess(GilKind kind, Process process) {
        this.kind = kind;
        this.process = process;
        this.requests = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        daemon("answers", this::readAnswers);
        daemon("stderr", this::copyStderr); // JVM messages, a crash: rare, and for the user to see
    }

    /** Starts the process; it warms up while the caller goes on ({@link #awaitReady} waits for it). */
    static TimingProcess start(GilKind kind) throws IOException {
        return new TimingProcess(kind, ModelJvm.start(TimingWorker.class, List.of(kind.name().toLowerCase())));
    }

    /** Waits until the process has warmed up; returns its warm-up report. */
    String awaitReady() throws InterruptedException {
        if (warmUp == null) {
            String first = answers.poll(READY_MINUTES, TimeUnit.MINUTES);
            if (first == null || !first.startsWith("ready ")) {
                throw new IllegalStateException("the " + name() + " did not start: " + (first == null ? "no answer" : first));
            }
            warmUp = first.substring("ready ".length());
        }
        return warmUp;
    }

    ModelRuns.Timing oneThread(long count) throws InterruptedException {
        return ask("one-thread " + count);
    }

    /** One thread counting down with {@code cpu} as its only CPU ({@link BaselineCores}). */
    ModelRuns.Timing oneThreadOn(int cpu, long count) throws InterruptedException {
        return ask("one-thread-on " + count + " " + cpu);
    }

    ModelRuns.Timing threads(int workers, long count) throws InterruptedException {
        return ask("threads " + workers + " " + count);
    }

    ModelRuns.Timing interpreters(int workers, long count) throws InterruptedException {
        return ask("interpreters " + workers + " " + count);
    }

    private ModelRuns.Timing ask(String request) throws InterruptedException {
        awaitReady();
        requests.println(request);
        String answer = answers.take();
        if (answer.startsWith(ENDED)) {
            answers.add(answer); // for whoever asks next
            throw new IllegalStateException("the " + name() + " " + answer + " before it ran '" + request + "'");
        }
        if (!answer.startsWith("ok ")) {
            throw new IllegalStateException("the " + name() + " could not run '" + request + "': "
                    + answer.substring(answer.indexOf(' ') + 1));
        }
        String[] words = answer.split(" ");
        return new ModelRuns.Timing(Double.parseDouble(words[1]), Long.parseLong(words[2]));
    }

    private void readAnswers() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                answers.add(line);
            }
        } catch (IOException closed) {
            // the process is gone: said below
        }
        answers.add(ENDED + exitStatus());
    }

    private void copyStderr() {
        try {
            process.getErrorStream().transferTo(System.err);
        } catch (IOException closed) {
            // the process is gone
        }
    }

    private void daemon(String role, Runnable body) {
        Thread thread = new Thread(body, "gil-lab timing process " + process.pid() + " " + role);
        thread.setDaemon(true);
        thread.start();
    }

    private String exitStatus() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? " (exit code " + process.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The worker process, as the operating system knows it. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    private String name() {
        return "timing process (gil " + kind.name().toLowerCase() + ", pid " + process.pid() + ")";
    }

    /** Ends the process: at once, since a run cannot be stopped half-way any other way. */
    @Override
    public void close() {
        requests.close();
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
