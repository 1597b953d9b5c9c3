package org.gillab.lab;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gillab.model.WarmUp;
import org.gillab.model.gil.GilKind;

/**
 * Main class of a timing process ({@link TimingProcess}): a model JVM of one lock kind that warms up to
 * steady state, says so, then runs the countdowns its parent asks for, one at a time, and answers with
 * their times. Requests and answers are lines on stdin and stdout:
 * <pre>
 *   ready model warm-up 1.20 s: 5 rounds, ...
 *   one-thread 20000000              ok 0.402 1
 *   one-thread-on 20000000 1         ok 0.398 1      (the thread pinned to cpu 1)
 *   threads 4 20000000               ok 0.431 371
 *   interpreters 2 20000000          ok 0.207 0
 *   anything else                    error what went wrong
 * </pre>
 * It ends when its stdin ends, as a pool worker does: when the parent closes it, exits or dies.
 */
public final class TimingWorker {
    private TimingWorker() {}

    public static void main(String[] args) throws Exception {
        GilKind kind = GilKind.parse(args[0]);
        PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err); // stdout is the channel: anything else printed goes to stderr
        WarmUp.Report warm = WarmUp.untilSteady(() -> ModelRuns.interpreter(kind, Duration.ofMillis(5), 0));
        answers.println("ready " + warm);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request; (request = requests.readLine()) != null; ) {
            try {
                ModelRuns.Timing timing = run(kind, request.split(" "));
                answers.println("ok " + timing.seconds() + " " + timing.handoffs());
            } catch (Exception e) {
                answers.println("error " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
    }

    private static ModelRuns.Timing run(GilKind kind, String[] request) throws Exception {
        return switch (request[0]) {
            case "one-thread" -> ModelRuns.oneThread(kind, Long.parseLong(request[1]));
            case "one-thread-on" -> BaselineCores.pinned(Integer.parseInt(request[2]),
                    () -> ModelRuns.oneThread(kind, Long.parseLong(request[1])));
            case "threads" -> ModelRuns.threads(kind, Integer.parseInt(request[1]), Long.parseLong(request[2]));
            case "interpreters" -> ModelRuns.interpreters(Integer.parseInt(request[1]), Long.parseLong(request[2]));
            default -> throw new IllegalArgumentException("unknown request: " + String.join(" ", request));
        };
    }
}
